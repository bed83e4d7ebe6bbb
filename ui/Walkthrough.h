#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

class QTimer;
class QWidget;

namespace Mandat {

class MainWindow;
class Profile;

/*
 * `mandatdesk --walkthrough DIR`: the common path a user takes, run by the real executable
 * so that a build is tried the way it ships (tests/CMakeLists.txt runs it on the optimized
 * build). It opens a dossier, clicks *Generate the mandate*, opens the preview (a picture
 * of each document's first page to DIR), prints the shown document and the whole dossier
 * to PDF files in DIR, and quits: exit code 0 when every step did what it should, 1 with
 * the failed step on stderr; a crash is a crash. Dialogs are answered as a user would
 * (accepted with their defaults, printing to a file).
 */
class Walkthrough : public QObject
{
    Q_OBJECT

public:
    Walkthrough(MainWindow& window, Profile& profile, const QString& outDir, QObject* parent = nullptr);

    // Runs every step (dialogs included) and returns the exit code.
    int run(const QUuid& dossier);

private:
    void answerDialog();
    void answer(QWidget* modal);
    // Says which step failed (and any message shown); the exit code.
    int fail(const QString& step);

    MainWindow& m_window;
    Profile& m_profile;
    QString m_outDir;
    QTimer* m_dialogs;
    QStringList m_printed; // PDF files the print dialogs were told to write
    int m_previewShots = 0;
    int m_printConfirmations = 0; // "printed to FILE" boxes seen
    QStringList m_unexpected; // texts of message boxes nobody asked for
    QString m_generatedName; // the mandate the walkthrough generated
    QString m_siren, m_legalName; // values its preview must show
    bool m_valuesShown = false;
};

} // namespace Mandat
