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

/// What a fuzz target's checks found on every sample with the suffix and every regression input of the
/// reader: the files read, and "path: why" for each one that failed (an empty list when all held).
struct Outcome
{
    int files = 0;
    int regressions = 0;
    QStringList failures;
};

Outcome runAll(const QString &reader, Body body, const QString &sampleSuffix)
{
    QStringList files;
    for (const QString &name : test::sampleNames(sampleSuffix))
        files.append(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES "/") + name);
    const QDir regressions(QStringLiteral(CHAIRSIDE_FUZZ_REGRESSIONS));
    Outcome outcome;
    for (const QString &name :
        regressions.entryList({reader + QStringLiteral("-*")}, QDir::Files, QDir::Name)) {
        files.append(regressions.filePath(name));
        ++outcome.regressions;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        ++outcome.files;
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.failures << path + QStringLiteral(": cannot be read");
            continue;
        }
        QString why;
        if (!body(file.readAll(), &why) || !why.isEmpty())
            outcome.failures << path + QStringLiteral(": ")
                    + (why.isEmpty() ? QStringLiteral("failed") : why);
    }
    return outcome;
}

} // namespace

TEST_CASE("Fuzz checks hold for the HL7 samples and the HL7 regressions")
{
    const Outcome outcome = runAll(QStringLiteral("hl7"), &fuzz::hl7, QStringLiteral(".hl7"));
    REQUIRE(outcome.regressions > 0);
    REQUIRE(outcome.files > outcome.regressions);
    REQUIRE(outcome.failures == QStringList());
}

TEST_CASE("Fuzz checks hold for the FHIR samples and the FHIR regressions")
{
    const Outcome outcome = runAll(QStringLiteral("fhir"), &fuzz::fhir, QStringLiteral(".json"));
    REQUIRE(outcome.regressions > 0);
    REQUIRE(outcome.files > outcome.regressions);
    REQUIRE(outcome.failures == QStringList());
}

TEST_CASE("Fuzz checks hold for CSV input, including every sample read as CSV")
{
    const Outcome outcome = runAll(QStringLiteral("csv"), &fuzz::csv, QStringLiteral(""));
    REQUIRE(outcome.files > outcome.regressions);
    REQUIRE(outcome.failures == QStringList());
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
