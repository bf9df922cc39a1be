#pragma once

#include <QString>

class QWidget;

namespace chairside {

class Error;

/// Errors shown to the person at the desk: what was being done, what happened (the Error's sentence,
/// written for them) and so what to do. The box is window-modal and does not block the caller, so the
/// event loop (and the other copy of the program's changes) keeps running behind it.
namespace ErrorNotice {

void show(QWidget *parent, const QString &what, const Error &error);
void show(QWidget *parent, const QString &what, const QString &message);

} // namespace ErrorNotice

} // namespace chairside
