#include "setup/startup.h"

#include "auth/accountservice.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "store/databaselocation.h"
#include "store/store.h"

#include <QDir>
#include <QSettings>

namespace chairside {

namespace {

constexpr const char *kRememberedKey = "database/location";

} // namespace

QString StartUp::databasePath(const QString &dbOption, bool demo)
{
    if (demo && dbOption.isEmpty())
        return DatabaseLocation::demoFile();
    if (dbOption.isEmpty() && qEnvironmentVariableIsEmpty("CHAIRSIDE_DB")) {
        const QString remembered = QSettings().value(QLatin1String(kRememberedKey)).toString();
        if (!remembered.isEmpty())
            return DatabaseLocation::resolve(remembered);
    }
    return DatabaseLocation::resolve(dbOption);
}

void StartUp::remember(const QString &location)
{
    QSettings().setValue(QLatin1String(kRememberedKey), location);
}

StartUp::First StartUp::prepare(Store &store, const Clock &clock, bool demo)
{
    if (demo && !AccountService(store, clock).isDemo()) {
        if (!store.centers().isEmpty() || !store.users().isEmpty()) {
            throw Error(Error::Kind::Conflict,
                QStringLiteral("%1 holds a center's own data, not the demo; open it without --demo. The demo "
                               "opens in its own file.")
                    .arg(QDir::toNativeSeparators(store.path())),
                QStringLiteral("demo"));
        }
        DemoGenerator(store, clock).generate({});
    }
    return store.centers().isEmpty() ? First::SetUp : First::Session;
}

} // namespace chairside
