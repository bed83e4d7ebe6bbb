// Deliberately wrong: a global class named like Poppler's internal SignatureInfo, exported.
// tests/check_symbols.sh must find the clash, so the check itself is known to work.
#include <poppler-qt6.h>

struct __attribute__((visibility("default"))) SignatureInfo
{
    ~SignatureInfo();
};

SignatureInfo::~SignatureInfo() = default;

int main()
{
    SignatureInfo info;
    // Links Poppler for real, as our executables do.
    return Poppler::Document::load(QString()) ? 1 : 0;
}
