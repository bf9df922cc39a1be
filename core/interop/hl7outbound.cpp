#include "hl7outbound.h"

#include "hl7encoding.h"
#include "hl7time.h"
#include "hl7value.h"

#include <QStringList>

namespace chairside {

namespace {

/// Writes a segment field by field: each value escaped, components joined with '^'.
class SegmentWriter final
{
public:
    explicit SegmentWriter(const char *name)
        : m_out(name)
    { }

    /// The next field, as components (trailing empty ones dropped).
    SegmentWriter &field(const QStringList &components = {})
    {
        qsizetype last = components.size();
        while (last > 0 && components[last - 1].isEmpty())
            --last;
        m_out += m_encoding.field;
        for (qsizetype i = 0; i < last; ++i) {
            if (i > 0)
                m_out += m_encoding.component;
            m_out += hl7Escape(components[i], m_encoding);
        }
        return *this;
    }
    SegmentWriter &field(const QString &value) { return field(QStringList {value}); }
    /// A field already in HL7 form (delimiters meant as such).
    SegmentWriter &raw(const QByteArray &value)
    {
        m_out += m_encoding.field + value;
        return *this;
    }
    /// Empty fields up to (not including) `number`, counting from the segment's first field as 1.
    SegmentWriter &skipTo(int number)
    {
        while (m_fields() < number - 1)
            m_out += m_encoding.field;
        return *this;
    }

    QByteArray done()
    {
        while (m_out.endsWith(m_encoding.field))
            m_out.chop(1);
        return m_out + '\r';
    }

private:
    int m_fields() const { return int(m_out.count(m_encoding.field)); }

    Hl7Encoding m_encoding;
    QByteArray m_out;
};

QString timestamp(const QDateTime &instant, const Center &center)
{
    if (!instant.isValid())
        return {};
    const QTimeZone zone = center.timeZone().isValid() ? center.timeZone() : QTimeZone::utc();
    return hl7Timestamp(instant, zone);
}

QByteArray header(const Hl7OutboundInput &in, const char *type, const char *trigger, const char *structure)
{
    const Hl7Endpoints &e = in.endpoints;
    // MSH-1 and MSH-2 are the delimiters themselves: written, never escaped.
    QByteArray out = "MSH|^~\\&";
    SegmentWriter fields("");
    fields.field(e.sendingApplication)
        .field(e.sendingFacility)
        .field(e.receivingApplication)
        .field(e.receivingFacility)
        .field(timestamp(in.nowUtc, in.center))
        .field()
        .field(QStringList {
            QString::fromLatin1(type), QString::fromLatin1(trigger), QString::fromLatin1(structure)})
        .field(in.controlId)
        .field(in.processingId)
        .field(QStringLiteral("2.5.1"))
        .skipTo(16) // this writer's fields start at MSH-3: its 17th is MSH-18, the character set
        .field(QStringLiteral("UNICODE UTF-8"));
    return out + fields.done();
}

QByteArray pid(const Hl7OutboundInput &in)
{
    const Patient &p = in.patient;
    SegmentWriter s("PID");
    s.field(QStringLiteral("1"))
        .field()
        .field(QStringList {p.mrn, {}, {}, in.mrnAuthority, QStringLiteral("MR")})
        .field()
        .field(QStringList {p.lastName, p.firstName})
        .field()
        .field(p.dateOfBirth.isValid() ? p.dateOfBirth.toString(QStringLiteral("yyyyMMdd")) : QString());
    // PID-13: the phone (XTN.1, use PRN) and the e-mail (use NET, equipment Internet, XTN.4) as repetitions.
    s.skipTo(13);
    QByteArray phones;
    const Hl7Encoding encoding;
    if (!p.phone.isEmpty())
        phones += hl7Escape(p.phone, encoding) + "^PRN^PH";
    if (!p.email.isEmpty()) {
        if (!phones.isEmpty())
            phones += encoding.repetition;
        phones += "^NET^Internet^" + hl7Escape(p.email, encoding);
    }
    s.raw(phones);
    return s.done();
}

QByteArray pv1(const Hl7OutboundInput &in, bool admission)
{
    SegmentWriter s("PV1");
    s.field(QStringLiteral("1"))
        .field(QStringLiteral("O"))
        .field(QStringList {
            in.center.name, {}, in.chair.id != 0 ? in.chair.label : QString(), in.endpoints.sendingFacility})
        .skipTo(19)
        .field(QString::number(in.appointment.id))
        .skipTo(44)
        .field(admission ? timestamp(
                   in.appointment.checkedInAtUtc.isValid() ? in.appointment.checkedInAtUtc : in.nowUtc,
                   in.center)
                         : QString());
    return s.done();
}

QByteArray adtA04(const Hl7OutboundInput &in)
{
    QByteArray out = header(in, "ADT", "A04", "ADT_A01");
    out += SegmentWriter("EVN").field(QStringLiteral("A04")).field(timestamp(in.nowUtc, in.center)).done();
    out += pid(in);
    out += pv1(in, true);
    return out;
}

QByteArray siuS14(const Hl7OutboundInput &in)
{
    const Appointment &a = in.appointment;
    const QString minutes = QString::number(a.minutes);
    const QString start = timestamp(a.startUtc, in.center);
    const QString end = timestamp(a.endUtc(), in.center);
    const QStringList therapy {in.therapy.name, in.therapy.displayName()};
    const QString appointmentId = QString::number(a.id);
    const QString application = in.endpoints.sendingApplication;

    QByteArray out = header(in, "SIU", "S14", "SIU_S12");
    out += SegmentWriter("SCH")
               .field(QStringList {in.placerKey})
               .field(QStringList {appointmentId, application})
               .skipTo(7)
               .field(therapy)
               .skipTo(9)
               .field(minutes)
               .field(QStringLiteral("min"))
               .field(QStringList {{}, {}, minutes, start, end})
               .skipTo(25)
               .field(Hl7Outbound::fillerStatus(in.event))
               .done();
    out += pid(in);
    out += pv1(in, false);
    out += SegmentWriter("RGS").field(QStringLiteral("1")).done();
    out += SegmentWriter("AIS")
               .field(QStringLiteral("1"))
               .field()
               .field(therapy)
               .field(start)
               .skipTo(7)
               .field(minutes)
               .field(QStringLiteral("min"))
               .done();
    out += SegmentWriter("AIL")
               .field(QStringLiteral("1"))
               .field()
               .field(QStringList {in.center.name, {}, in.chair.id != 0 ? in.chair.label : QString(),
                   in.endpoints.sendingFacility})
               .skipTo(6)
               .field(start)
               .skipTo(9)
               .field(minutes)
               .field(QStringLiteral("min"))
               .done();
    return out;
}

} // namespace

namespace Hl7Outbound {

QString messageType(OutboundEvent event)
{
    return event == OutboundEvent::CheckedIn ? QStringLiteral("ADT^A04") : QStringLiteral("SIU^S14");
}

QString fillerStatus(OutboundEvent event)
{
    switch (event) {
    case OutboundEvent::CheckedIn:
        return {};
    case OutboundEvent::Arrived:
        return QStringLiteral("ARRIVED");
    case OutboundEvent::NoShow:
        return QStringLiteral("NOSHOW");
    case OutboundEvent::Completed:
        return QStringLiteral("COMPLETE");
    }
    return {};
}

QByteArray build(const Hl7OutboundInput &input)
{
    return input.event == OutboundEvent::CheckedIn ? adtA04(input) : siuS14(input);
}

} // namespace Hl7Outbound

} // namespace chairside
