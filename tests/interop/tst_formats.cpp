#include "catchqstring.h"
#include "interop/authorizationcsv.h"
#include "interop/formatdetector.h"
#include "interophelpers.h"

using namespace chairside;
using Format = FormatDetector::Format;

TEST_CASE("Format detection: every sample, MLLP, batches, CSV, and what is none of them")
{
    for (const QString &name : test::sampleNames(QStringLiteral(".hl7"))) {
        INFO(name.toStdString());
        CHECK(FormatDetector::detect(test::sample(name.toLatin1().constData())) == Format::Hl7v2);
    }
    for (const QString &name : test::sampleNames(QStringLiteral(".json"))) {
        INFO(name.toStdString());
        CHECK(FormatDetector::detect(test::sample(name.toLatin1().constData())) == Format::FhirJson);
    }
    CHECK(FormatDetector::detect("\x0bMSH|^~\\&|A\r\x1c\r") == Format::Hl7v2);
    CHECK(FormatDetector::detect("\r\n  FHS|^~\\&|A\r") == Format::Hl7v2);
    CHECK(FormatDetector::detect("BHS|^~\\&|A\r") == Format::Hl7v2);
    CHECK(FormatDetector::detect("\xEF\xBB\xBFmrn,payer,reference\r\n1,2,3\r\n") == Format::Csv);
    CHECK(FormatDetector::detect("MRN, Payer , Valid From\n") == Format::Csv);
    CHECK(FormatDetector::detect("name,age\nann,3\n") == Format::Unknown);
    CHECK(FormatDetector::detect("{\"id\": 3}") == Format::Unknown);
    CHECK(FormatDetector::detect("MSHX nothing") == Format::Unknown);
    CHECK(FormatDetector::detect("") == Format::Unknown);
    CHECK(FormatDetector::formatName(Format::FhirJson) == QStringLiteral("fhir"));
}

TEST_CASE("Authorization CSV: rows read, quoted values, optional columns defaulted")
{
    const QByteArray csv
        = "MRN,Payer,Reference,Therapy,Valid_From,Valid_To,Visits_Approved,Status,Notes\r\n"
          "MRN-0011,\"Aetna, Inc.\",PA-1,infliximab,2025-03-01,2025-08-31,6,approved,\"says \"\"ok\"\"\"\r\n"
          "MRN-0012,Cigna,PA-2,vedolizumab,2025-04-01,2025-09-30,3,pending,\"two\nlines\"\r\n"
          "\r\n"
          "MRN-0013,BCBS,PA-3,ocrelizumab,2025-05-01,2025-10-31,2,,\r\n";
    const AuthorizationCsv read = AuthorizationCsv::parse(csv);
    for (const AuthorizationCsv::LineError &error : read.errors)
        UNSCOPED_INFO(error.toString().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read.rows.size() == 3);
    CHECK(read.rows[0].payer == QStringLiteral("Aetna, Inc."));
    CHECK(read.rows[0].mrn == QStringLiteral("MRN-0011"));
    CHECK(read.rows[0].validFrom == QDate(2025, 3, 1));
    CHECK(read.rows[0].visitsApproved == 6);
    CHECK(read.rows[0].visitsUsed == 0);
    CHECK(read.rows[0].line == 2);
    CHECK(read.rows[1].status == PriorAuthorization::Status::Pending);
    CHECK(read.rows[1].line == 3);
    CHECK(read.rows[2].line == 6); // after a value with a line break and a blank line
    CHECK(read.rows[2].status == PriorAuthorization::Status::Approved);
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings.front().contains(QStringLiteral("Notes")));
}

TEST_CASE("Authorization CSV: each bad line is named with its line and column, the good ones still read")
{
    const QByteArray csv
        = "mrn,payer,reference,therapy,valid_from,valid_to,visits_approved,visits_used,status\n"
          "M1,Aetna,PA-1,infliximab,2025-03-01,2025-08-31,6,1,approved\n"
          "M2,Aetna,PA-2,infliximab,03/01/2025,2025-08-31,6,,\n"
          ",Aetna,PA-3,infliximab,2025-03-01,2025-08-31,6,,\n"
          "M4,Aetna,PA-1,infliximab,2025-03-01,2025-08-31,6,,\n"
          "M5,Aetna,PA-5,infliximab,2025-09-01,2025-08-31,six,,\n"
          "M6,Aetna,PA-6,infliximab,2025-03-01,2025-08-31,2,3,maybe\n"
          "M7,Aetna,PA-7\n"
          "M8,Aetna,PA-8,infliximab,2025-03-01,2025-08-31,2,0,denied\n"
          "M9,\"Aetna,PA-9,infliximab\n";
    const AuthorizationCsv read = AuthorizationCsv::parse(csv);
    QStringList errors;
    for (const AuthorizationCsv::LineError &error : read.errors)
        errors.append(error.toString());
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(read.rows.size() == 2);
    CHECK(read.rows[0].visitsUsed == 1);
    CHECK(read.rows[1].mrn == QStringLiteral("M8"));
    CHECK(read.rows[1].status == PriorAuthorization::Status::Denied);
    CHECK(errors
        == QStringList {
            QStringLiteral("line 3, valid_from: \"03/01/2025\" is not a date (YYYY-MM-DD)."),
            QStringLiteral("line 4, mrn: is empty."),
            QStringLiteral("line 5, reference: \"PA-1\" is already on line 2."),
            QStringLiteral("line 6, valid_to: 2025-08-31 is before valid_from 2025-09-01."),
            QStringLiteral("line 6, visits_approved: \"six\" is not a whole number from 0 to 10000."),
            QStringLiteral("line 7, visits_used: 3 visits used of 2 approved."),
            QStringLiteral("line 7, status: \"maybe\" is not approved, pending or denied."),
            QStringLiteral("line 8: 3 values where the header has 9 columns."),
            QStringLiteral("line 10: A quoted value is not closed."),
        });
}

TEST_CASE("Authorization CSV: a header without the required columns, an empty file, Latin-1")
{
    const AuthorizationCsv missing = AuthorizationCsv::parse("mrn,payer,therapy\nM1,Aetna,x\n");
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors.front().line == 1);
    CHECK(missing.errors.front().reason.contains(
        QStringLiteral("reference, valid_from, valid_to, visits_approved")));
    CHECK(missing.rows.isEmpty());

    const AuthorizationCsv empty = AuthorizationCsv::parse("");
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errors.front().reason.contains(QStringLiteral("header")));

    const AuthorizationCsv latin
        = AuthorizationCsv::parse("mrn,payer,reference,therapy,valid_from,valid_to,visits_approved\nM1,"
                                  "Sant\xe9 Plus,PA-1,x,2025-01-01,2025-02-01,1\n");
    REQUIRE(latin.ok());
    CHECK(latin.rows.front().payer == QStringLiteral("Sant\u00e9 Plus"));
}
