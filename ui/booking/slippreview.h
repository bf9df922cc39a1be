#pragma once

#include "booking/confirmationslip.h"

#include <QWidget>

namespace chairside {

/// The confirmation slip on screen as it will print: a Letter page, scaled to fit, on a shadow.
class SlipPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlipPreview)

public:
    explicit SlipPreview(QWidget *parent = nullptr);

    void setSlip(const ConfirmationSlip &slip);
    const ConfirmationSlip &slip() const { return m_slip; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ConfirmationSlip m_slip;
};

} // namespace chairside
