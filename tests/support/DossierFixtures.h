#pragma once

#include "model/Dossier.h"
#include "templates/TemplateValues.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace Mandat {

class DossierStore;

/*
 * Dossiers made by code in a profile's store, for the tests that submit: one the readiness
 * report passes, and the same with its signed mandate left out. Needs a QGuiApplication
 * (the documents are PDFs drawn by Fixtures).
 */
namespace DossierFixtures {

enum class Mandate { Signed, Missing };

// A dossier that is ready on `today`: a valid SIREN, one multi-purpose number (01 62 12 34 56),
// a fresh Kbis and invoice showing the number, and — unless `mandate` says Missing — the signed
// mandate with its signature and stamp confirmed. Without the mandate, only
// missing_signed_mandate blocks.
// What a mandate is filled with in the template tests: accented client, `numbers` numbers
// from 01 62 12 34 10, automated calls, a provider, place and dates.
TemplateValues::Input mandateInput(int numbers);

std::optional<Dossier> create(DossierStore& store, const QString& name, const QDate& today, QString* error,
                              Mandate mandate = Mandate::Signed);

// A dossier the operator validated on `validatedOn` (not submitted → queued → under review →
// valid, as the portal walks it), without documents: for the list of authorised numbers.
std::optional<Dossier> validated(DossierStore& store, const QString& name, const QString& clientName,
                                 const QString& siren, const QStringList& numbers, const QDate& validatedOn,
                                 QString* error);

} // namespace DossierFixtures

} // namespace Mandat
