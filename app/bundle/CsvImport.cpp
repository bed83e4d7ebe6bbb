#include "CsvImport.h"

#include "documents/FrenchDates.h"
#include "model/CompanyIdentifier.h"
#include "numbering/NumberClassifier.h"
#include "store/Database.h"
#include "store/DossierStore.h"
#include "store/DossierSummaries.h"
#include "store/ProfileSettings.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Mandat {

namespace {
// Headers compared without case, accents or punctuation: "N° SIRET" -> "n siret".
QString fold(const QString& text)
{
    QString out = FrenchDates::fold(text);
    for (QChar& c : out)
        if (!c.isLetterOrNumber())
            c = u' ';
    return out.simplified();
}

// Header words a spreadsheet uses for each field (folded), most specific first.
const QList<std::pair<CsvImport::Field, QStringList>>& synonyms()
{
    using F = CsvImport::Field;
    static const QList<std::pair<F, QStringList>> list {
        { F::RepresentativeTitle,
          { QStringLiteral("qualite"), QStringLiteral("fonction"), QStringLiteral("titre"),
            QStringLiteral("representative title") } },
        { F::RepresentativeName,
          { QStringLiteral("representant"), QStringLiteral("gerant"), QStringLiteral("signataire"),
            QStringLiteral("dirigeant"), QStringLiteral("representative") } },
        { F::Siren, { QStringLiteral("siren"), QStringLiteral("siret") } },
        { F::RcsCity, { QStringLiteral("rcs"), QStringLiteral("greffe") } },
        { F::LegalForm, { QStringLiteral("forme"), QStringLiteral("legal form") } },
        { F::Address, { QStringLiteral("adresse"), QStringLiteral("address"), QStringLiteral("siege") } },
        { F::Numbers,
          { QStringLiteral("numero"), QStringLiteral("telephone"), QStringLiteral("tel"),
            QStringLiteral("ligne"), QStringLiteral("number"), QStringLiteral("phone") } },
        { F::Use, { QStringLiteral("usage"), QStringLiteral("utilisation"), QStringLiteral("use") } },
        { F::Name, { QStringLiteral("dossier"), QStringLiteral("campagne"), QStringLiteral("campaign") } },
        { F::ClientName,
          { QStringLiteral("raison sociale"), QStringLiteral("societe"), QStringLiteral("client"),
            QStringLiteral("entreprise"), QStringLiteral("denomination"), QStringLiteral("company") } },
    };
    return list;
}

bool useFromText(const QString& text, PhoneUse* use)
{
    const QString f = fold(text);
    if (f.isEmpty() || f == QLatin1String("agents") || f.contains(QLatin1String("teleconseil"))
        || f.contains(QLatin1String("conseiller")) || f == QLatin1String("humain")
        || f == QLatin1String("agent")) {
        *use = PhoneUse::Agents;
        return true;
    }
    if (f == QLatin1String("automated") || f.startsWith(QLatin1String("automat"))
        || f == QLatin1String("auto") || f == QLatin1String("robot") || f == QLatin1String("svi")) {
        *use = PhoneUse::Automated;
        return true;
    }
    return false;
}

QString numbersKey(QStringList numbers)
{
    numbers.sort();
    return numbers.join(u',');
}
} // namespace

QList<CsvImport::Field> CsvImport::fields()
{
    return {
        Field::Ignore,  Field::Name,    Field::ClientName,         Field::LegalForm,           Field::Siren,
        Field::Address, Field::RcsCity, Field::RepresentativeName, Field::RepresentativeTitle, Field::Numbers,
        Field::Use
    };
}

QString CsvImport::fieldCode(Field field)
{
    switch (field) {
    case Field::Ignore:
        return QStringLiteral("ignore");
    case Field::Name:
        return QStringLiteral("name");
    case Field::ClientName:
        return QStringLiteral("client_name");
    case Field::LegalForm:
        return QStringLiteral("legal_form");
    case Field::Siren:
        return QStringLiteral("siren");
    case Field::Address:
        return QStringLiteral("address");
    case Field::RcsCity:
        return QStringLiteral("rcs_city");
    case Field::RepresentativeName:
        return QStringLiteral("representative_name");
    case Field::RepresentativeTitle:
        return QStringLiteral("representative_title");
    case Field::Numbers:
        return QStringLiteral("numbers");
    case Field::Use:
        return QStringLiteral("use");
    }
    return {};
}

bool CsvImport::fieldFromCode(const QString& code, Field* out)
{
    for (Field f : fields()) {
        if (fieldCode(f) == code) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString CsvImport::fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(ignored)");
    case Field::Name:
        return tr("Dossier name");
    case Field::ClientName:
        return tr("Client company");
    case Field::LegalForm:
        return tr("Legal form");
    case Field::Siren:
        return tr("SIREN or SIRET");
    case Field::Address:
        return tr("Address");
    case Field::RcsCity:
        return tr("RCS city");
    case Field::RepresentativeName:
        return tr("Representative");
    case Field::RepresentativeTitle:
        return tr("Representative's title");
    case Field::Numbers:
        return tr("Numbers");
    case Field::Use:
        return tr("Use (agents or automated)");
    }
    return {};
}

CsvImport::Mapping CsvImport::propose(const QStringList& header)
{
    Mapping mapping(header.size(), Field::Ignore);
    QList<Field> taken;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = fold(header.at(i));
        for (const auto& [field, words] : synonyms()) {
            if (taken.contains(field) && field != Field::Numbers)
                continue;
            const bool match = std::any_of(words.begin(), words.end(), [&](const QString& w) {
                return h == w || h.startsWith(w + u' ') || h.endsWith(u' ' + w) || h.contains(u' ' + w + u' ')
                    || (w.size() > 4 && h.startsWith(w));
            });
            if (match) {
                mapping[i] = field;
                taken.append(field);
                break;
            }
        }
    }
    return mapping;
}

QString CsvImport::headerKey(const QStringList& header)
{
    QStringList folded;
    for (const QString& h : header)
        folded.append(fold(h));
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

bool CsvImport::mappingFromJson(const QJsonObject& json, const QStringList& header, Mapping* out,
                                QString* error)
{
    Mapping mapping(header.size(), Field::Ignore);
    for (auto it = json.begin(); it != json.end(); ++it) {
        int column = int(header.indexOf(it.key()));
        if (column < 0) {
            for (int i = 0; i < header.size(); ++i)
                if (fold(header.at(i)) == fold(it.key()))
                    column = i;
        }
        if (column < 0) {
            bool isNumber = false;
            const int n = it.key().toInt(&isNumber);
            if (isNumber && n >= 1 && n <= header.size())
                column = n - 1;
        }
        if (column < 0) {
            *error = tr("The mapping names a column the file does not have: \"%1\".").arg(it.key());
            return false;
        }
        Field field;
        if (!it.value().isString() || !fieldFromCode(it.value().toString(), &field)) {
            QStringList codes;
            for (Field f : fields())
                codes.append(fieldCode(f));
            *error = tr("\"%1\" is not a field; use one of: %2.")
                         .arg(it.value().toString(), codes.join(QStringLiteral(", ")));
            return false;
        }
        mapping[column] = field;
    }
    *out = mapping;
    return true;
}

QJsonObject CsvImport::mappingToJson(const QStringList& header, const Mapping& mapping)
{
    QJsonObject json;
    for (int i = 0; i < header.size() && i < mapping.size(); ++i)
        json.insert(header.at(i).isEmpty() ? QString::number(i + 1) : header.at(i), fieldCode(mapping.at(i)));
    return json;
}

bool CsvImport::rememberedMapping(Database& db, const QStringList& header, Mapping* out)
{
    const QString saved = ProfileSettings(db).value(QStringLiteral("csv.mapping.") + headerKey(header));
    if (saved.isEmpty())
        return false;
    QString error;
    return mappingFromJson(QJsonDocument::fromJson(saved.toUtf8()).object(), header, out, &error);
}

bool CsvImport::rememberMapping(Database& db, const QStringList& header, const Mapping& mapping)
{
    return ProfileSettings(db).setValue(
        QStringLiteral("csv.mapping.") + headerKey(header),
        QString::fromUtf8(QJsonDocument(mappingToJson(header, mapping)).toJson(QJsonDocument::Compact)));
}

QString CsvImport::missingFields(const Mapping& mapping)
{
    QStringList missing;
    for (Field f : { Field::ClientName, Field::Siren, Field::Numbers })
        if (!mapping.contains(f))
            missing.append(fieldLabel(f));
    return missing.isEmpty() ? QString() : tr("Map a column to: %1.").arg(missing.join(QStringLiteral(", ")));
}

int CsvImport::Report::count(RowResult::Status status) const
{
    return int(std::count_if(results.begin(), results.end(),
                             [status](const RowResult& r) { return r.status == status; }));
}

QString CsvImport::Report::counts() const
{
    // Each count agrees with its own number ("1 valide", "2 doublons").
    return tr("%1, %2, %3")
        .arg(tr("%n valid", nullptr, count(RowResult::Status::Valid)),
             tr("%n invalid", nullptr, count(RowResult::Status::Invalid)),
             tr("%n duplicate(s)", nullptr, count(RowResult::Status::Duplicate)));
}

QString CsvImport::statusCode(RowResult::Status status)
{
    switch (status) {
    case RowResult::Status::Valid:
        return QStringLiteral("valid");
    case RowResult::Status::Invalid:
        return QStringLiteral("invalid");
    case RowResult::Status::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

QJsonObject CsvImport::Report::toJson() const
{
    QJsonArray rowsJson;
    for (const RowResult& r : results) {
        QJsonObject o { { QStringLiteral("line"), r.line },
                        { QStringLiteral("status"), statusCode(r.status) },
                        { QStringLiteral("name"), r.name },
                        { QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons) } };
        if (!r.dossierId.isNull())
            o.insert(QStringLiteral("id"), r.dossierId.toString(QUuid::WithoutBraces));
        rowsJson.append(o);
    }
    return QJsonObject {
        { QStringLiteral("encoding"), encoding },
        { QStringLiteral("delimiter"), QString(delimiter) },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("valid"), count(RowResult::Status::Valid) },
        { QStringLiteral("invalid"), count(RowResult::Status::Invalid) },
        { QStringLiteral("duplicates"), count(RowResult::Status::Duplicate) },
        { QStringLiteral("imported"), imported },
        { QStringLiteral("written"), written },
        { QStringLiteral("report"), rowsJson },
    };
}

QByteArray CsvImport::Report::toCsv() const
{
    auto quote = [](QString s) { return u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    QString out = tr("line;status;dossier;reasons") + QStringLiteral("\r\n");
    for (const RowResult& r : results) {
        const QString status = r.status == RowResult::Status::Valid ? (written ? tr("imported") : tr("valid"))
            : r.status == RowResult::Status::Invalid                ? tr("invalid")
                                                                    : tr("duplicate");
        out += QStringLiteral("%1;%2;%3;%4\r\n")
                   .arg(r.line)
                   .arg(status, quote(r.name), quote(r.reasons.join(QStringLiteral(" | "))));
    }
    // With a BOM: spreadsheets then read the accents right.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

CsvImport::Report CsvImport::check(const CsvReader::Table& table, const Mapping& mapping, Database& db,
                                   QList<Dossier>* valid, const std::function<void(int, int)>& progress)
{
    Report report;
    report.encoding = CsvReader::encodingName(table.encoding);
    report.delimiter = table.delimiter;
    report.rows = int(table.rows.size());
    valid->clear();

    // What the profile already holds: the same client with the same numbers is a duplicate.
    QString error;
    QHash<QString, QString> existing; // siren + numbers -> dossier name
    QHash<QString, QString> existingNumbers; // number -> dossier name
    for (const DossierSummary& s : DossierSummaries::all(db, &error)) {
        existing.insert(s.siren + u'|' + numbersKey(s.numbers), s.name);
        for (const QString& n : s.numbers)
            existingNumbers.insert(n, s.name);
    }
    QHash<QString, int> seen; // siren + numbers -> line
    QHash<QString, int> seenNumbers; // number -> line
    static const QRegularExpression separators(QStringLiteral("[,;/|\\n]+"));

    for (int i = 0; i < table.rows.size(); ++i) {
        const CsvReader::Row& row = table.rows.at(i);
        RowResult result;
        result.line = row.line;
        auto value = [&](Field f) {
            QStringList parts;
            for (int c = 0; c < mapping.size() && c < row.fields.size(); ++c)
                if (mapping.at(c) == f && !row.fields.at(c).trimmed().isEmpty())
                    parts.append(row.fields.at(c).trimmed());
            return parts.join(f == Field::Numbers ? QStringLiteral(",") : QStringLiteral(" "));
        };
        Dossier d;
        d.client.legalName = value(Field::ClientName);
        d.client.legalForm = value(Field::LegalForm);
        d.client.address = value(Field::Address);
        d.client.rcsCity = value(Field::RcsCity);
        d.client.representativeName = value(Field::RepresentativeName);
        d.client.representativeTitle = value(Field::RepresentativeTitle);
        d.name = value(Field::Name);
        if (d.name.isEmpty())
            d.name = d.client.legalName;
        result.name = d.name;
        if (row.fields.size() > table.header.size())
            result.reasons.append(
                tr("%1 fields where the header has %2").arg(row.fields.size()).arg(table.header.size()));
        if (d.client.legalName.isEmpty())
            result.reasons.append(tr("no client company name"));
        const QString sirenText = value(Field::Siren);
        const CompanyIdentifier siren = CompanyIdentifier::parse(sirenText);
        if (sirenText.isEmpty())
            result.reasons.append(tr("no SIREN"));
        else if (!siren.isValid())
            result.reasons.append(siren.errorString()); // it names the SIREN
        else
            d.client.siren = siren.siren();
        if (!useFromText(value(Field::Use), &d.use))
            result.reasons.append(tr("use \"%1\": write agents or automated").arg(value(Field::Use)));
        const QStringList numbers = value(Field::Numbers).split(separators, Qt::SkipEmptyParts);
        for (const QString& raw : numbers) {
            const QString text = raw.trimmed();
            if (text.isEmpty())
                continue;
            const NumberClassification c = NumberClassifier::builtIn().classify(text);
            if (!c.valid) {
                result.reasons.append(c.reason); // it names the number
                continue;
            }
            const bool allowed = d.use == PhoneUse::Automated ? c.automatedAllowed : c.agentsAllowed;
            // A platform number is only a warning for agents: an automated dossier refuses it.
            if (!allowed && !(c.warnOnly && d.use == PhoneUse::Agents)) {
                result.reasons.append(c.reason);
                continue;
            }
            if (!d.numbers.contains(c.e164))
                d.numbers.append(c.e164);
        }
        if (numbers.isEmpty())
            result.reasons.append(tr("no number"));

        if (!result.reasons.isEmpty()) {
            result.status = RowResult::Status::Invalid;
        } else {
            const QString key = d.client.siren + u'|' + numbersKey(d.numbers);
            if (seen.contains(key)) {
                result.status = RowResult::Status::Duplicate;
                result.reasons.append(tr("same client and numbers as line %1").arg(seen.value(key)));
            } else if (existing.contains(key)) {
                result.status = RowResult::Status::Duplicate;
                result.reasons.append(tr("already in this profile: \"%1\"").arg(existing.value(key)));
            } else {
                for (const QString& n : std::as_const(d.numbers)) {
                    const QString national = NumberClassifier::builtIn().national(n);
                    if (seenNumbers.contains(n))
                        result.reasons.append(
                            tr("number %1 is also on line %2").arg(national).arg(seenNumbers.value(n)));
                    else if (existingNumbers.contains(n))
                        result.reasons.append(tr("number %1 is already in the dossier \"%2\"")
                                                  .arg(national, existingNumbers.value(n)));
                }
                if (!result.reasons.isEmpty())
                    result.status = RowResult::Status::Duplicate;
            }
            if (result.status == RowResult::Status::Valid) {
                seen.insert(key, row.line);
                for (const QString& n : std::as_const(d.numbers))
                    seenNumbers.insert(n, row.line);
                valid->append(d);
            }
        }
        report.results.append(result);
        if (progress && (i % 256 == 0 || i + 1 == table.rows.size()))
            progress(i + 1, int(table.rows.size()));
    }
    return report;
}

CsvImport::Report CsvImport::run(const CsvReader::Table& table, const Mapping& mapping, DossierStore& store,
                                 Database& db, const QString& by, QString* error,
                                 const std::function<void(int, int)>& progress)
{
    QList<Dossier> valid;
    const int total = int(table.rows.size());
    Report report = check(table, mapping, db, &valid, [&](int done, int) {
        if (progress)
            progress(done / 2, total);
    });
    if (valid.isEmpty())
        return report;
    if (!store.createDossiers(valid, by, error, [&](int done, int count) {
            if (progress)
                progress(total / 2 + int(qint64(done) * (total - total / 2) / qMax(1, count)), total);
        }))
        return report;
    int next = 0;
    for (RowResult& r : report.results) {
        if (r.status == RowResult::Status::Valid)
            r.dossierId = valid.at(next++).id;
    }
    report.imported = int(valid.size());
    report.written = true;
    return report;
}

} // namespace Mandat
