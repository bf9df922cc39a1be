#include "reminderchannels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrl>

#include <cstring>
#include <curl/curl.h>
#include <memory>

namespace chairside {

namespace {

constexpr long kConnectSeconds = 15;
constexpr long kTransferSeconds = 60;

void initializeCurl()
{
    static const bool initialized = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialized);
}

struct Easy
{
    Easy()
        : handle(curl_easy_init())
    { }
    ~Easy()
    {
        if (list)
            curl_slist_free_all(list);
        if (handle)
            curl_easy_cleanup(handle);
    }
    Q_DISABLE_COPY_MOVE(Easy)

    CURL *handle = nullptr;
    curl_slist *list = nullptr;
    char error[CURL_ERROR_SIZE] = {};
};

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size) * qsizetype(count);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = std::min(room, left);
    if (n > 0) {
        std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
        upload->offset += n;
    }
    return size_t(n);
}

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

QString failure(const Easy &easy, CURLcode code)
{
    return easy.error[0] ? QString::fromUtf8(easy.error) : QString::fromUtf8(curl_easy_strerror(code));
}

QString jsonEscaped(const QString &text)
{
    // A one-element array's text, its brackets and quotes taken off: JSON's own escaping.
    QByteArray doc = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(2, doc.size() - 4));
}

} // namespace

SmtpMailer::SmtpMailer(ReminderTransport::Smtp settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{ }

HandOver SmtpMailer::send(const QString &to, const QByteArray &mail) const
{
    initializeCurl();
    Easy easy;
    if (!easy.handle)
        return {false, QStringLiteral("Could not start the mail client.")};
    const QByteArray url = QStringLiteral("smtp://%1:%2").arg(m_settings.host).arg(m_settings.port).toUtf8();
    const QByteArray from = (QStringLiteral("<") + m_settings.from + QStringLiteral(">")).toUtf8();
    const QByteArray rcpt = (QStringLiteral("<") + to + QStringLiteral(">")).toUtf8();
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    Upload upload {&mail, 0};
    easy.list = curl_slist_append(nullptr, rcpt.constData());

    curl_easy_setopt(easy.handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy.handle, CURLOPT_ERRORBUFFER, easy.error);
    curl_easy_setopt(easy.handle, CURLOPT_CONNECTTIMEOUT, kConnectSeconds);
    curl_easy_setopt(easy.handle, CURLOPT_TIMEOUT, kTransferSeconds);
    curl_easy_setopt(easy.handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(
        easy.handle, CURLOPT_USE_SSL, m_settings.startTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_NONE));
    const QByteArray caFile = QFile::encodeName(m_settings.caFile);
    if (!caFile.isEmpty())
        curl_easy_setopt(easy.handle, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(easy.handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(easy.handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(easy.handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(easy.handle, CURLOPT_MAIL_RCPT, easy.list);
    curl_easy_setopt(easy.handle, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(easy.handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(easy.handle, CURLOPT_UPLOAD, 1L);
    const CURLcode code = curl_easy_perform(easy.handle);
    if (code != CURLE_OK)
        return {false,
            QStringLiteral("The mail server %1 did not take it: %2")
                .arg(m_settings.host, failure(easy, code))};
    return {true, {}};
}

SmsGateway::SmsGateway(ReminderTransport::Sms settings, QString token)
    : m_settings(std::move(settings))
    , m_token(std::move(token))
{ }

QByteArray SmsGateway::requestBody(
    const ReminderTransport::Sms &settings, const QString &to, const QString &text)
{
    const QString type = settings.contentType.toLower();
    QString body = settings.body;
    if (type.contains(QLatin1String("json"))) {
        body.replace(QLatin1String("{to}"), jsonEscaped(to));
        body.replace(QLatin1String("{text}"), jsonEscaped(text));
    } else if (type.contains(QLatin1String("x-www-form-urlencoded"))) {
        body.replace(QLatin1String("{to}"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
        body.replace(QLatin1String("{text}"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    } else {
        body.replace(QLatin1String("{to}"), to);
        body.replace(QLatin1String("{text}"), text);
    }
    return body.toUtf8();
}

HandOver SmsGateway::send(const QString &to, const QString &text) const
{
    initializeCurl();
    Easy easy;
    if (!easy.handle)
        return {false, QStringLiteral("Could not start the gateway's client.")};
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray body = requestBody(m_settings, to, text);
    easy.list = curl_slist_append(
        easy.list, (QStringLiteral("Content-Type: ") + m_settings.contentType).toUtf8().constData());
    if (!m_token.isEmpty())
        easy.list = curl_slist_append(
            easy.list, (QStringLiteral("Authorization: Bearer ") + m_token).toUtf8().constData());
    curl_easy_setopt(easy.handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy.handle, CURLOPT_ERRORBUFFER, easy.error);
    curl_easy_setopt(easy.handle, CURLOPT_CONNECTTIMEOUT, kConnectSeconds);
    curl_easy_setopt(easy.handle, CURLOPT_TIMEOUT, kTransferSeconds);
    curl_easy_setopt(easy.handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy.handle, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(easy.handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy.handle, CURLOPT_HTTPHEADER, easy.list);
    curl_easy_setopt(easy.handle, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(easy.handle, CURLOPT_POSTFIELDSIZE, long(body.size()));
    curl_easy_setopt(easy.handle, CURLOPT_WRITEFUNCTION, discard);
    const CURLcode code = curl_easy_perform(easy.handle);
    if (code != CURLE_OK)
        return {false, QStringLiteral("The SMS gateway did not answer: %1").arg(failure(easy, code))};
    long status = 0;
    curl_easy_getinfo(easy.handle, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status > 299)
        return {false, QStringLiteral("The SMS gateway refused it (HTTP %1).").arg(status)};
    return {true, {}};
}

} // namespace chairside
