// The fuzz targets' checks (tests/fuzz/fuzzbodies.h) on every sample and on every input the fuzzers once
// failed on (tests/fuzz/regressions/<reader>-*), so that a fixed crash stays fixed in every CI build.
#include "catchqstring.h"
#include "fuzzbodies.h"
#include "interophelpers.h"

#include <QDir>
#include <QFile>

using namespace chairside;

namespace {

using Body = bool (*)(QByteArrayView, QString *);

void runAll(const QString &reader, Body body, const QString &sampleSuffix)
{
    QStringList files;
    for (const QString &name : test::sampleNames(sampleSuffix))
        files.append(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES "/") + name);
    const QDir regressions(QStringLiteral(CHAIRSIDE_FUZZ_REGRESSIONS));
    for (const QString &name :
        regressions.entryList({reader + QStringLiteral("-*")}, QDir::Files, QDir::Name))
        files.append(regressions.filePath(name));
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QString why;
        INFO(path.toStdString());
        CHECK(body(bytes, &why));
        CHECK(why.isEmpty());
    }
}

} // namespace

TEST_CASE("Fuzz checks hold for the HL7 samples and the HL7 regressions")
{
    runAll(QStringLiteral("hl7"), &fuzz::hl7, QStringLiteral(".hl7"));
}

TEST_CASE("Fuzz checks hold for the FHIR samples and the FHIR regressions")
{
    runAll(QStringLiteral("fhir"), &fuzz::fhir, QStringLiteral(".json"));
}

TEST_CASE("Fuzz checks hold for CSV input, including every sample read as CSV")
{
    runAll(QStringLiteral("csv"), &fuzz::csv, QStringLiteral(""));
}

TEST_CASE("Fuzz checks pass on a minimal valid message, text that is not JSON and a header-only CSV")
{
    // The bodies are not vacuous: a valid message passes, and the checks run on what each reader returns.
    QString why;
    CHECK(fuzz::hl7(
        test::hl7({QStringLiteral("MSH|^~\\&|A|B|C|D|2025||SIU^S12|1|P|2.4"), QStringLiteral("SCH|1")}),
        &why));
    CHECK(fuzz::fhir("not json", &why));
    CHECK(fuzz::csv("mrn,payer\n", &why));
    CHECK(why.isEmpty());
}
