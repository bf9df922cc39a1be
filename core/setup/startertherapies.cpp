#include "startertherapies.h"

#include <QStringList>

namespace chairside {

namespace {

struct Entry
{
    const char *name;
    const char *brand;
    int minutes;
    int intervalWeeks; ///< 0: a course or as needed, no regular interval
    bool compounded;
    int beyondUseHours;
};

// Maintenance doses, as a center's schedule would book them. Beyond-use times: a day for most diluted
// biologics; less where the diluted product keeps only hours (natalizumab, golimumab, pegloticase);
// none for what comes ready to hang or is not made up for one patient ahead of the visit.
constexpr Entry kStarters[] = {
    {"abatacept", "Orencia", 30, 4, true, 24},
    {"belimumab", "Benlysta", 60, 4, true, 8},
    {"ferric carboxymaltose", "Injectafer", 15, 0, false, 0},
    {"golimumab", "Simponi Aria", 30, 8, true, 4},
    {"immune globulin", "IVIG", 180, 4, false, 0},
    {"infliximab", "Remicade", 120, 8, true, 24},
    {"iron sucrose", "Venofer", 30, 0, false, 0},
    {"natalizumab", "Tysabri", 60, 4, true, 8},
    {"ocrelizumab", "Ocrevus", 210, 26, true, 24},
    {"pegloticase", "Krystexxa", 120, 2, true, 4},
    {"rituximab", "Rituxan", 240, 26, true, 24},
    {"tocilizumab", "Actemra", 60, 4, true, 24},
    {"vedolizumab", "Entyvio", 30, 8, true, 24},
    {"zoledronic acid", "Reclast", 30, 52, false, 0},
};

} // namespace

QList<Therapy> StarterTherapies::all()
{
    QList<Therapy> result;
    for (const Entry &entry : kStarters) {
        Therapy t;
        t.name = QString::fromLatin1(entry.name);
        t.brand = QString::fromLatin1(entry.brand);
        t.defaultMinutes = entry.minutes;
        t.intervalWeeks = entry.intervalWeeks;
        t.compounded = entry.compounded;
        t.beyondUseHours = entry.beyondUseHours;
        result << t;
    }
    return result;
}

bool StarterTherapies::isCommon(const Therapy &therapy)
{
    static const QStringList common {QStringLiteral("infliximab"), QStringLiteral("vedolizumab"),
        QStringLiteral("ocrelizumab"), QStringLiteral("immune globulin")};
    return common.contains(therapy.name, Qt::CaseInsensitive);
}

} // namespace chairside
