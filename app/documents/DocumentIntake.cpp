#include "DocumentIntake.h"

#include "DateRoles.h"
#include "core/Logging.h"
#include "store/DossierStore.h"

#include <QFile>
#include <QFileInfo>

namespace Mandat {

DocumentIntake::Outcome DocumentIntake::add(DossierStore& store, const QUuid& dossierId, Document::Kind kind,
                                            const QString& filePath, const DocumentReader::Options& options)
{
    Outcome out;
    QByteArray bytes;
    if (!readFile(filePath, options, &bytes, &out.failure, &out.error))
        return out;
    return add(store, dossierId, kind, QFileInfo(filePath).fileName(), bytes, options);
}

QString DocumentIntake::nameMismatch(const QString& name, const QByteArray& bytes)
{
    const QString type = DocumentReader::sniff(bytes);
    const QString suffix = QFileInfo(name).suffix().toLower();
    struct Kind
    {
        const char* mediaType;
        QStringList suffixes;
        QString what;
    };
    const QList<Kind> kinds {
        { "application/pdf", { QStringLiteral("pdf") }, tr("a PDF document") },
        { "image/jpeg", { QStringLiteral("jpg"), QStringLiteral("jpeg") }, tr("a JPEG image") },
        { "image/png", { QStringLiteral("png") }, tr("a PNG image") },
    };
    for (const Kind& k : kinds) {
        if (type != QLatin1String(k.mediaType))
            continue;
        if (suffix.isEmpty() || k.suffixes.contains(suffix))
            return {};
        return tr("%1 is %2, although its name ends in .%3.").arg(name, k.what, suffix);
    }
    return {};
}

bool DocumentIntake::readFile(const QString& filePath, const DocumentReader::Options& options,
                              QByteArray* bytes, DocumentReader::Failure* failure, QString* error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *failure = DocumentReader::Failure::NotSupported;
        *error = tr("Cannot open %1: %2").arg(filePath, file.errorString());
        return false;
    }
    if (options.maxBytes > 0 && file.size() > options.maxBytes) {
        *failure = DocumentReader::Failure::TooLarge;
        *error = DocumentReader::tooLargeError(file.size(), options.maxBytes);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

DocumentIntake::Outcome DocumentIntake::add(DossierStore& store, const QUuid& dossierId, Document::Kind kind,
                                            const QString& name, const QByteArray& bytes,
                                            const DocumentReader::Options& options)
{
    Outcome out;
    out.failure = DocumentReader::read(bytes, options, &out.text, &out.error);
    if (out.failure != DocumentReader::Failure::None)
        return out;
    return DocumentIntake::store(store, dossierId, kind, name, bytes, out.text);
}

DocumentIntake::Outcome DocumentIntake::store(DossierStore& store, const QUuid& dossierId,
                                              Document::Kind kind, const QString& name,
                                              const QByteArray& bytes, const DocumentReader::Text& text)
{
    Outcome out;
    out.text = text;
    Document doc;
    doc.dossierId = dossierId;
    doc.kind = kind;
    doc.originalName = name;
    doc.mediaType = out.text.mediaType;
    doc.ocrPages = out.text.ocrPages;
    const DateRoles::Result date = DateRoles::issueDate(out.text.all(), kind);
    if (date.date.isValid()) {
        doc.issueDate = date.date;
        doc.dateSource = Document::DateSource::FoundInText;
        doc.dateSnippet = date.snippet;
    }
    // The bytes read are the ones stored: the file is read once.
    if (!store.addDocument(doc, bytes, &out.error, out.text.pages))
        return out;
    qCDebug(lcDocuments) << "added" << doc.originalName << "to" << dossierId << "date" << doc.issueDate;
    out.document = doc;
    return out;
}

} // namespace Mandat
