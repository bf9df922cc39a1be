#pragma once

#include "fixture.h"
#include "model/user.h"
#include "workspace/workspace.h"

#include <QDate>

#include <functional>

class QWidget;

namespace chairside::test {

/// A Tuesday on the floor for the arrivals and roster pages, the clock at 09:00:
/// - Liam O'Brien, vedolizumab 08:30 on chair 2, arrived 08:10 and waiting (dose not ready);
/// - Maria Alvarez, infliximab 09:00 on chair 1, checked in at the desk at 08:55 (dose ready);
/// - Ana Lee, ocrelizumab 10:00 in Suite A, booked (dose ready);
/// - Zoe Park, immune globulin 11:00 on chair 3, booked (nothing to compound).
/// The workspace is the nurse's, at the fixture's center, not watching the file unless a test asks.
struct RosterDay
{
    RosterDay();

    User user(const char *name);

    static const QDate kTuesday;

    Fixture f;
    Workspace workspace;
    Patient liam;
    Patient ana;
    Patient zoe;
    qint64 liamAt0830 = 0;
    qint64 mariaAt0900 = 0;
    qint64 anaAt1000 = 0;
    qint64 zoeAt1100 = 0;
};

/// Offers each modal dialog that shows (a message box, an input dialog) to `answer`, from inside the
/// dialog's own event loop, until `answer` returns true: it took the one it was waiting for.
void answerNextModal(const std::function<bool(QWidget *)> &answer);

} // namespace chairside::test
