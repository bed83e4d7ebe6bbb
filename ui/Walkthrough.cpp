#include "Walkthrough.h"

#include "DocumentPreview.h"
#include "DossierEditor.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "core/Logging.h"
#include "store/DossierStore.h"
#include "store/Profile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <cstdio>

namespace Mandat {

Walkthrough::Walkthrough(MainWindow& window, Profile& profile, const QString& outDir, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_profile(profile)
    , m_outDir(outDir)
    , m_dialogs(new QTimer(this))
{
    m_dialogs->setInterval(50);
    connect(m_dialogs, &QTimer::timeout, this, &Walkthrough::answerDialog);
}

int Walkthrough::fail(const QString& step)
{
    std::fprintf(stderr, "walkthrough: FAILED at %s\n", qPrintable(step));
    for (const QString& text : std::as_const(m_unexpected))
        std::fprintf(stderr, "walkthrough: message shown: %s\n", qPrintable(text));
    return 1;
}

// Answers the dialog a step opened, as a user would, once: a dialog that is on top again
// after the one it opened closed (the preview after its print dialog) is being answered
// already. The answer is queued: a timer's slot that opened a nested dialog would keep the
// timer from answering that one.
void Walkthrough::answerDialog()
{
    static const char* const answered = "mandatdesk-walkthrough-answered";
    QWidget* modal = QApplication::activeModalWidget();
    if (!modal || modal->property(answered).toBool() || qobject_cast<QProgressDialog*>(modal))
        return;
    modal->setProperty(answered, true);
    QMetaObject::invokeMethod(
        this,
        [this, modal = QPointer<QWidget>(modal)] {
            if (modal)
                answer(modal);
        },
        Qt::QueuedConnection);
}

void Walkthrough::answer(QWidget* modal)
{
    if (auto* print = qobject_cast<QPrintDialog*>(modal)) {
        const QString file
            = QDir(m_outDir).filePath(QStringLiteral("printed-%1.pdf").arg(m_printed.size() + 1));
        print->printer()->setOutputFormat(QPrinter::PdfFormat);
        print->printer()->setOutputFileName(file);
        m_printed.append(file);
        print->done(QDialog::Accepted); // done(), not accept(): the dialog would take its own choices back
    } else if (auto* preview = qobject_cast<DocumentPreview*>(modal)) {
        // Every document's first page as the preview shows it, then print the one shown.
        auto* documents = preview->findChild<QComboBox*>(QStringLiteral("documentBox"));
        for (int i = 0; i < documents->count(); ++i) {
            documents->setCurrentIndex(i);
            QElapsedTimer rendering;
            rendering.start();
            while (rendering.elapsed() < 200) // QPdfView renders its pages in the background
                QApplication::processEvents(QEventLoop::AllEvents, 20);
            if (!m_generatedName.isEmpty() && documents->itemText(i).contains(m_generatedName)) {
                // The values must show in the preview, as the user sees it (QtPdf draws no form field).
                QPdfDocument* shown = preview->findChild<QPdfView*>()->document();
                QString text;
                for (int page = 0; page < shown->pageCount(); ++page)
                    text += shown->getAllText(page).text();
                text.remove(u' ');
                m_valuesShown = text.contains(m_siren) && text.contains(m_legalName);
            }
            const QString shot = QDir(m_outDir).filePath(QStringLiteral("preview-%1.png").arg(i + 1));
            if (preview->grab().save(shot))
                ++m_previewShots;
        }
        preview->findChild<QPushButton*>(QStringLiteral("printButton"))->click();
        preview->done(QDialog::Accepted);
    } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
        // Printing to a file says where the file went; any other box is unexpected.
        if (!m_printed.isEmpty() && box->text().contains(QDir::toNativeSeparators(m_printed.last())))
            ++m_printConfirmations;
        else
            m_unexpected.append(box->text());
        box->done(QMessageBox::Ok);
    } else if (auto* dialog = qobject_cast<QDialog*>(modal)) {
        dialog->accept(); // a step's options, taken as proposed
    }
}

int Walkthrough::run(const QUuid& dossier)
{
    QDir().mkpath(m_outDir);
    m_dialogs->start();
    QString error;
    DossierEditor* editor = m_window.openDossier(dossier);
    if (!editor)
        return fail(QStringLiteral("opening the dossier"));
    auto click = [editor](const char* name) {
        auto* button = editor->findChild<QAbstractButton*>(QLatin1String(name));
        if (!button || !button->isEnabled())
            return false;
        button->click();
        QApplication::processEvents();
        return true;
    };
    const QList<Document> before = m_profile.dossiers().documents(dossier, &error);
    if (!click("generateButton"))
        return fail(QStringLiteral("Generate the mandate"));
    // The generate dialog is answered, then the mandate is filled and added.
    QElapsedTimer waiting;
    waiting.start();
    while (m_generatedName.isEmpty() && waiting.elapsed() < 30000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        for (const Document& d : m_profile.dossiers().documents(dossier, &error)) {
            bool isNew = d.kind == Document::Kind::FilledMandate;
            for (const Document& old : before)
                isNew = isNew && old.id != d.id;
            if (isNew)
                m_generatedName = d.originalName;
        }
    }
    if (m_generatedName.isEmpty())
        return fail(QStringLiteral("Generate the mandate"));
    // The store has it; the user sees it once the editor lists it (its checks run on a
    // thread, and a loaded machine can take a while): wait for the list, as a user would.
    auto listed = [editor, this] {
        auto* table = editor->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
        for (int row = 0; table && row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                if (table->item(row, column) && table->item(row, column)->text() == m_generatedName)
                    return true;
        return false;
    };
    while (!listed() && waiting.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!listed())
        return fail(QStringLiteral("the generated mandate listed in the dossier's documents"));
    const Dossier d = *m_profile.dossiers().dossier(dossier, &error);
    m_siren = d.client.siren;
    m_legalName = QString(d.client.legalName).remove(u' ');
    std::fprintf(stdout, "walkthrough: mandate generated (%s)\n", qPrintable(m_generatedName));

    if (!click("previewButton"))
        return fail(QStringLiteral("Preview"));
    if (m_previewShots == 0 || m_printed.size() != 1)
        return fail(QStringLiteral("Preview, and printing the document shown (%1 shown, %2 printed)")
                        .arg(m_previewShots)
                        .arg(m_printed.size()));
    if (!m_valuesShown)
        return fail(QStringLiteral("the preview of the generated mandate shows its values"));
    std::fprintf(stdout, "walkthrough: %d document(s) previewed, %s printed\n", m_previewShots,
                 qPrintable(QFileInfo(m_printed.last()).fileName()));

    if (!click("printButton") || m_printed.size() != 2)
        return fail(QStringLiteral("Print the dossier"));
    QElapsedTimer confirming;
    confirming.start();
    while (m_printConfirmations < 2 && confirming.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (m_printConfirmations != 2)
        return fail(QStringLiteral("the confirmation of each print to a file"));
    for (const QString& pdf : std::as_const(m_printed))
        if (QFileInfo(pdf).size() == 0)
            return fail(QStringLiteral("printing to ") + pdf);
    std::fprintf(stdout, "walkthrough: dossier printed to %s\n", qPrintable(m_printed.last()));

    if (!m_unexpected.isEmpty())
        return fail(QStringLiteral("an error message was shown"));
    m_dialogs->stop();
    editor->close();
    std::fprintf(stdout, "walkthrough: ok\n");
    return 0;
}

} // namespace Mandat
