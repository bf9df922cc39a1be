#pragma once

#include <QCoreApplication>
#include <QString>

namespace chairside {

struct Chair
{
    enum class Kind
    {
        Chair,
        Suite
    };

    qint64 id = 0;
    qint64 centerId = 0;
    QString label;
    Kind kind = Kind::Chair;
    bool active = true;

    static QString kindName(Kind kind)
    {
        return kind == Kind::Suite ? QStringLiteral("suite") : QStringLiteral("chair");
    }
    /// The kind as the desktop shows it, in its language: "suite" or "chair" in English.
    static QString kindLabel(Kind kind)
    {
        return kind == Kind::Suite
            //: A private infusion room, as against a chair in the open bay.
            ? QCoreApplication::translate("Chair", "suite")
            //: An infusion chair: the recliner a patient sits in during the infusion.
            : QCoreApplication::translate("Chair", "chair");
    }
};

} // namespace chairside
