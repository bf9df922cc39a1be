#include "reminderreply.h"

#include "text/namenormalizer.h"

#include <QCoreApplication>

#include <algorithm>

namespace chairside {

QString replyResultCode(ReplyResult result)
{
    switch (result) {
    case ReplyResult::Confirmed:
        return QStringLiteral("confirmed");
    case ReplyResult::UnknownNumber:
        return QStringLiteral("unknown-number");
    case ReplyResult::NotUnderstood:
        return QStringLiteral("not-understood");
    case ReplyResult::NothingToConfirm:
        return QStringLiteral("nothing-to-confirm");
    }
    return {};
}

std::optional<ReplyResult> replyResultFromCode(const QString &code)
{
    for (const ReplyResult result : {ReplyResult::Confirmed, ReplyResult::UnknownNumber,
             ReplyResult::NotUnderstood, ReplyResult::NothingToConfirm}) {
        if (replyResultCode(result) == code)
            return result;
    }
    return std::nullopt;
}

QString replyResultLabel(ReplyResult result)
{
    switch (result) {
    case ReplyResult::Confirmed:
        return QCoreApplication::translate("ReplyResult", "Confirmed");
    case ReplyResult::UnknownNumber:
        return QCoreApplication::translate("ReplyResult", "Unknown number");
    case ReplyResult::NotUnderstood:
        return QCoreApplication::translate("ReplyResult", "Not a confirmation");
    case ReplyResult::NothingToConfirm:
        return QCoreApplication::translate("ReplyResult", "No appointment to confirm");
    }
    return {};
}

bool isConfirmationReply(const QString &text)
{
    // Letters only, lower case, accents gone: "Sí." and "SI" and " si! " are one word.
    QString word;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.isLetter())
            word += c.toLower();
        else if (!c.isMark() && !c.isSpace() && !c.isPunct())
            return false;
    }
    static const QStringList kWords {QStringLiteral("c"), QStringLiteral("confirm"),
        QStringLiteral("confirmed"), QStringLiteral("yes"), QStringLiteral("si"), QStringLiteral("confirmo"),
        QStringLiteral("confirmar")};
    // Two words are two words: "yes but" is not a confirmation.
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.size() == 1 && kWords.contains(word);
}

bool sameReplyNumber(const QString &a, const QString &b)
{
    const QString x = NameNormalizer::phoneDigits(a);
    const QString y = NameNormalizer::phoneDigits(b);
    const qsizetype n = std::min<qsizetype>({x.size(), y.size(), 10});
    return n >= 7 && x.right(n) == y.right(n);
}

} // namespace chairside
