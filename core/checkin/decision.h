#pragma once

#include "model/appointment.h"
#include "model/chair.h"
#include "model/patient.h"
#include "model/therapy.h"
#include "reasoncode.h"
#include "scheduling/slotfinder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

/// One reason behind a decision: its code and a sentence the receptionist can say to the patient.
struct Reason
{
    ReasonCode code = ReasonCode::PatientNotFound;
    QString message;
    bool overridden = false; ///< a nurse or admin admitted past it

    bool blocks() const { return !overridden && isBlocking(code); }
};

/// One line of the readiness checklist: green, or exactly what is missing.
struct ReadinessLine
{
    enum class Item
    {
        Order,
        Authorization,
        Eligibility,
        Dose
    };

    Item item = Item::Order;
    bool ok = false;
    QString text;

    /// "order", "authorization", "eligibility", "dose".
    static QString itemName(Item item);
};

/// The check-in engine's answer for the patient at the desk.
struct Decision
{
    Outcome outcome = Outcome::Unidentified;
    QList<Reason> reasons; ///< every reason, blocking or not, in the order the rules ran
    std::optional<Patient> patient; ///< empty unless two identifiers matched one patient
    QString identifiers; ///< which two matched: "mrn+dob" or "name+dob"
    std::optional<Appointment>
        appointment; ///< the appointment concerned (once carried out, as it now stands)
    std::optional<Chair>
        chair; ///< the chair to admit to: the booked one, or another free for the whole infusion
    std::optional<Appointment> nextAppointment; ///< the patient's next booked appointment after this one
    QList<ReadinessLine>
        readiness; ///< order, authorization, eligibility, dose; empty without an appointment here today
    QList<Slot> freeSlots; ///< the slots on offer when the outcome is not admit (not "slots": a Qt keyword)
    qint64 orderId = 0; ///< the order a dose is counted against on admission
    qint64 authorizationId = 0; ///< the authorization a visit is counted against on admission
    /// The chairs and therapies the decision speaks of (its appointments', its chair, the free slots'), by
    /// id, so that whoever shows it reads nothing more from the store.
    QHash<qint64, Chair> chairs;
    QHash<qint64, Therapy> therapies;

    bool has(ReasonCode code) const;
    QList<ReasonCode> codes() const;
    /// The reasons that keep the patient from a chair now.
    QList<Reason> blocking() const;
    /// The chair named by id among chairs, if it is there.
    const Chair *chairOf(qint64 chairId) const;
    const Therapy *therapyOf(qint64 therapyId) const;
};

} // namespace chairside
