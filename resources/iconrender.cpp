// SPDX-License-Identifier: GPL-3.0-or-later
// heficed-iconrender: renders the application icon's SVG into the sized PNGs of the hicolor theme
// at build time, with Qt's own SVG renderer, so that no other SVG tool is needed to build.
//   heficed-iconrender ICON.svg OUTPUT_DIR NAME SIZE...
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

bool render(QSvgRenderer &svg, int size, const QString &path)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return QDir().mkpath(QFileInfo(path).absolutePath()) && image.save(path, "PNG");
}

int fail(const QString &message)
{
    std::fprintf(stderr, "heficed-iconrender: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering needs no display; the offscreen platform keeps the build free of one.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5)
        return fail(QStringLiteral("usage: heficed-iconrender ICON.svg OUTPUT_DIR NAME SIZE..."));

    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read the SVG file %1").arg(arguments.at(1)));

    const QDir output(arguments.at(2));
    const QString name = arguments.at(3);
    for (const QString &sizeText : arguments.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0 || size > 4096)
            return fail(QStringLiteral("not an icon size: %1").arg(sizeText));
        const QString path = output.filePath(QStringLiteral("%1x%1/apps/%2.png").arg(size).arg(name));
        if (!render(svg, size, path))
            return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return 0;
}
