#pragma once

#include "inbound.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace chairside {

/// A payer's list of prior authorizations as CSV (RFC 4180: commas, double quotes around a value that
/// holds a comma, quote or line break, a doubled quote for a quote), UTF-8 (or Latin-1 when it is not
/// valid UTF-8), with a header row naming the columns in any order and any case:
///
/// | column          | required | value                                                  |
/// |-----------------|----------|--------------------------------------------------------|
/// | mrn             | yes      | the patient's MRN at the center                        |
/// | payer           | yes      | the payer's name                                       |
/// | reference       | yes      | the payer's authorization number, unique in the file   |
/// | therapy         | yes      | the therapy as the payer names it (mapped later)       |
/// | valid_from      | yes      | first date of service, YYYY-MM-DD                      |
/// | valid_to        | yes      | last date of service, YYYY-MM-DD, not before valid_from |
/// | visits_approved | yes      | a whole number, 0 or more                              |
/// | visits_used     | no       | a whole number from 0 to visits_approved; default 0    |
/// | status          | no       | approved, pending or denied; default approved          |
///
/// Other columns are ignored (a warning names them). A bad line is reported with its line number and
/// column and left out; the good lines are still read.
struct AuthorizationCsv
{
    struct LineError
    {
        int line = 0;
        QString column; ///< empty when the whole line is at fault
        QString reason;

        QString toString() const;
    };

    QList<InboundAuthorization> rows;
    QList<LineError> errors;
    QStringList warnings;

    bool ok() const { return errors.isEmpty(); }

    static AuthorizationCsv parse(const QByteArray &bytes);
    /// True when the first line names at least two of the columns above, separated by commas.
    static bool looksLikeHeader(QByteArrayView bytes);
    static QStringList requiredColumns();
};

} // namespace chairside
