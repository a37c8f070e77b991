#pragma once

#include "io/ZipReader.h"
#include "io/ZipWriter.h"

#include <QByteArray>
#include <QString>

#include <functional>

// A package or backup with one evidence file swapped for another, for the tests that it is found out: every entry
// copied from `from` to `to` as it is, but the first evidence file, which `change` alters on the way.
// False with the error when the copy fails or the zip holds no evidence file.
namespace ZipTamper {

inline bool changeFirstEvidence(const QString& from, const QString& to, const std::function<void(QByteArray&)>& change,
                                sl::core::ZipWriter::Compression compression, QString* error)
{
    using namespace sl::core;
    ZipReader in(from);
    if (!in.open(error)) {
        return false;
    }
    ZipWriter out(to);
    if (!out.open(error)) {
        return false;
    }
    bool swapped = false;
    for (const ZipReader::Entry& e : in.entries()) {
        QByteArray content;
        if (!in.read(e.name, 1 << 28, &content, error)) {
            return false;
        }
        if (!swapped && e.name.startsWith(QStringLiteral("evidence/"))) {
            change(content);
            swapped = true;
        }
        if (!out.addBytes(e.name, content, compression, error)) {
            return false;
        }
    }
    if (!out.finish(error)) {
        return false;
    }
    if (!swapped) {
        *error = QStringLiteral("%1 holds no evidence file").arg(from);
    }
    return swapped;
}

} // namespace ZipTamper
