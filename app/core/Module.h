#pragma once

#include <QCoreApplication>
#include <QString>

namespace Mandat {

/*
 * A part of MandatDesk built as a module of its own (libmandatdesk_NAME.so) and loaded the
 * first time a command needs it, so that a start pays only for the libraries it uses: the
 * CLI's commands beyond `check`, the scans (Qt Gui, Poppler-qt6 and Tesseract), the
 * numbers written with a foreign country code (libphonenumber), the drawing of filled forms
 * (libqpdf).
 *
 * Modules are looked up beside the executable: `<bin>/../lib/mandatdesk` in the build
 * tree, the installed library folder (MANDATDESK_MODULE_RELDIR from the binaries), or the
 * folder MANDATDESK_MODULE_DIR names. A module loaded stays loaded.
 */
class Module
{
    Q_DECLARE_TR_FUNCTIONS(Module)

public:
    // The address of `symbol` in module `name`, or null with *error saying why.
    static void* resolve(const char* name, const char* symbol, QString* error);

    template<typename Fn> static Fn function(const char* name, const char* symbol, QString* error)
    {
        return reinterpret_cast<Fn>(resolve(name, symbol, error));
    }

    // The folders searched, in order.
    static QStringList searchPath();
};

} // namespace Mandat
