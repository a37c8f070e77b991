#pragma once

#include "FormDialog.h"

#include "db/Database.h"
#include "db/RecordVersion.h"

namespace sl::ui {

// A form that adds (id 0) or edits one record of a repository: an agency, an expert, a contract, a certificate,
// an enterprise. It keeps the record as it came in, so what the form does not show stays as it was, and the record
// as saved, which the caller reads after the form was accepted. An edit notes the record's version (RecordVersion)
// as the form opens, and its save is refused, the form staying open, when someone else changed the record since.
template <typename Record> class RecordFormDialog : public FormDialog
{
public:
    // table: the record's table, whose audit entries give its version.
    RecordFormDialog(core::Database& db, const Record& original, const char* table, QWidget* parent)
        : FormDialog(parent)
        , m_db(db)
        , m_original(original)
        , m_table(QString::fromLatin1(table))
        , m_version(original.id == 0 ? 0 : core::RecordVersion::of(db.connection(), m_table, original.id))
    {
    }

protected:
    core::Database& db() const { return m_db; }
    const Record& original() const { return m_original; }
    const Record& saved() const { return m_saved; }
    // The record as the fields give it, over the one that came in.
    virtual Record collect() const = 0;
    // Adds or updates the record in its repository; false, with the reason in *error, when it is refused.
    virtual bool write(Record& record, QString* error) = 0;

private:
    bool save(QString* error) override
    {
        Record record = collect();
        if (!core::RecordVersion::writeIfUnchanged(
                m_db.connection(), m_table, m_original.id, m_version, [&](QString* why) { return write(record, why); },
                error)) {
            return false;
        }
        m_saved = record;
        return true;
    }

    core::Database& m_db;
    const Record m_original;
    const QString m_table;
    const qint64 m_version;
    Record m_saved;
};

} // namespace sl::ui
