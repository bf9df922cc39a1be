#pragma once

#include "checkin/decision.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace chairside {

class DecisionBanner;
class Workspace;

/// The check-in engine's answer laid out for the desk: the banner, the reasons as the sentences the
/// receptionist says aloud, the readiness checklist, the booked time and chair (or the next booked
/// appointment), the actions that fit the answer and the acting user's role, and a line saying what
/// was done. It only shows and asks: the desk carries the actions out.
class DecisionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionPanel)

public:
    explicit DecisionPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setDecision(const Decision &decision);
    const Decision &decision() const { return m_decision; }

    /// What was done, under the actions: with a check mark when `ok`, a warning mark otherwise.
    void setStatus(const QString &text, bool ok);
    void clearStatus();
    QString statusText() const;

    /// The action to take next (Admit, Mark arrived, Reschedule… or Move it earlier…, Book…), or none.
    QPushButton *primaryAction() const;
    /// The booking Reschedule… moves: today's while it is still booked or arrived, else the next one here.
    std::optional<Appointment> movable() const;

    DecisionBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void admitRequested();
    void arrivedRequested();
    void rescheduleRequested();
    void bookRequested();
    void overrideRequested();
    /// "Eligibility verified now": the desk called the payer about a stale eligibility.
    void eligibilityVerifiedRequested();

private:
    /// A walk-in (nothing booked today) with a booking here later: that booking is the answer.
    bool bookedLater() const;
    void rebuildReasons();
    void rebuildReadiness();
    void rebuildDetails();
    void updateActions();
    void arrangeActions();
    QLabel *sectionTitle(const QString &text);
    QWidget *iconLine(const QIcon &icon, const QString &html, qreal scale);

    Workspace &m_workspace;
    Decision m_decision;
    DecisionBanner *m_banner;
    QLabel *m_reasonsTitle;
    QWidget *m_reasons;
    QVBoxLayout *m_reasonsLayout;
    QLabel *m_readinessTitle;
    QWidget *m_readiness;
    QVBoxLayout *m_readinessLayout;
    QWidget *m_details;
    QGridLayout *m_detailsLayout;
    QPushButton *m_admit;
    QPushButton *m_arrived;
    QPushButton *m_reschedule;
    QPushButton *m_book;
    QPushButton *m_verified;
    QPushButton *m_override;
    QHBoxLayout *m_actions;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QString m_statusText;
    bool m_statusOk = true;
};

} // namespace chairside
