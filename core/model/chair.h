#pragma once

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
};

} // namespace chairside
