#pragma once

#include <QMainWindow>

namespace chairside {

class Store;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    Store &m_store;
};

} // namespace chairside
