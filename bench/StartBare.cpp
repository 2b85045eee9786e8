// SPDX-License-Identifier: GPL-3.0-or-later
// The platform's own start-up: a bare QMainWindow with a polar chart (eight spokes,
// one closed line series), the size of Rungs' first window, that quits once painted.
#include "FirstPaint.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QPolarChart>
#include <QValueAxis>

int main(int argc, char* argv[])
{
    FirstPaint::start();
    QApplication app(argc, argv);
    FirstPaint::watch(&app);

    auto* chart = new QPolarChart;
    auto* angular = new QValueAxis;
    angular->setRange(0, 8);
    angular->setTickCount(9);
    auto* radial = new QValueAxis;
    radial->setRange(0, 5);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    auto* series = new QLineSeries;
    for (int i = 0; i <= 8; ++i)
        series->append(i, 1 + (i * 3) % 5);
    chart->addSeries(series);
    series->attachAxis(angular);
    series->attachAxis(radial);

    QMainWindow window;
    window.setCentralWidget(new QChartView(chart));
    window.resize(1240, 780);
    window.show();
    return app.exec();
}
