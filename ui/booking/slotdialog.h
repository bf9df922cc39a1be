#pragma once

#include "booking/confirmationslip.h"
#include "model/appointment.h"
#include "model/chair.h"
#include "model/patient.h"
#include "model/prescriberorder.h"
#include "model/therapy.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace chairside {

class SlipPreview;
class SlotListModel;
class Workspace;

/// Moving a booking or booking a first one: the reason at the top, the next free slots (day, time,
/// chair) from a date the receptionist may move ahead, in the order the center's policy offers them with
/// the earliest marked, and a confirmation that books the chosen one. A chosen time beyond what the
/// nurses can take (taken by another desk since the list was read) says why; it can still be booked.
/// Then the confirmation slip, to print or save as PDF.
class SlotDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotDialog)

public:
    /// Moves `appointment` (RescheduleService). `why` is shown at the top; `historyReason` is kept in
    /// the old appointment's history ("late beyond grace"). Both factories read what the dialog shows
    /// first; when the store fails they say so in a message over `parent` and return null.
    static SlotDialog *reschedule(Workspace &workspace, const Appointment &appointment, const QString &why,
        const QString &historyReason, QWidget *parent = nullptr);
    /// Books a new appointment for `patient` (BookingService), for a therapy the patient has an order for.
    static SlotDialog *book(
        Workspace &workspace, const Patient &patient, const QString &why, QWidget *parent = nullptr);

    /// How many slots are listed at a time.
    static constexpr int kSlotsShown = 12;

    /// The appointment booked, once it is.
    const std::optional<Appointment> &booked() const { return m_booked; }
    const ConfirmationSlip &slip() const { return m_slip; }

    /// Lists slots from the start of this day (the center's) on.
    void lookFrom(QDate date);

Q_SIGNALS:
    /// Written: the new appointment, and the one it replaced (0 for a new booking).
    void appointmentBooked(const chairside::Appointment &appointment, qint64 replacedId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Mode
    {
        Reschedule,
        Book
    };

    /// What the dialog shows, read before it is built: the patient, their orders, and the center's
    /// chairs and the therapies by id.
    struct Records
    {
        Patient patient;
        QList<PrescriberOrder> orders;
        QHash<qint64, Chair> chairs;
        QHash<qint64, Therapy> therapies;

        QString chairPhrase(qint64 chairId) const;
        QString therapyName(qint64 therapyId) const;
    };
    static std::optional<Records> read(Workspace &workspace, qint64 patientId, QWidget *parent);

    SlotDialog(Workspace &workspace, Mode mode, Records records,
        const std::optional<Appointment> &appointment, const QString &why, const QString &historyReason,
        QWidget *parent);

    void buildChoosePage(const QString &why);
    void buildDonePage();
    void loadSlots();
    void laterSlots();
    void updateConfirm();
    void confirm();
    void showDone(const Appointment &appointment);
    void printSlip();
    void saveSlip();
    qint64 therapyId() const;

    Workspace &m_workspace;
    Mode m_mode;
    Records m_records;
    const Patient &m_patient = m_records.patient;
    std::optional<Appointment> m_appointment;
    QString m_historyReason;
    QList<Therapy> m_therapies;
    QDateTime m_notBeforeUtc;
    std::optional<Appointment> m_booked;
    ConfirmationSlip m_slip;

    QStackedWidget *m_pages;
    QComboBox *m_therapy = nullptr;
    QDateEdit *m_from = nullptr;
    QPushButton *m_later = nullptr;
    QTreeView *m_view = nullptr;
    SlotListModel *m_model;
    QLabel *m_empty = nullptr;
    QLabel *m_nurseNote = nullptr; ///< why the chosen time is beyond what the nurses can take
    QPushButton *m_confirm = nullptr;
    QLabel *m_doneTitle = nullptr;
    QLabel *m_doneDetail = nullptr;
    QLabel *m_doneStatus = nullptr;
    SlipPreview *m_preview = nullptr;
};

} // namespace chairside
