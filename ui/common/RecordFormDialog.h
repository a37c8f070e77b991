#pragma once

#include "FormDialog.h"

namespace sl::core {
class Database;
}

namespace sl::ui {

// A form that adds (id 0) or edits one record of a repository: an agency, an expert, a contract, a certificate,
// an enterprise. It keeps the record as it came in, so what the form does not show stays as it was, and the record
// as saved, which the caller reads after the form was accepted.
template <typename Record> class RecordFormDialog : public FormDialog
{
public:
    RecordFormDialog(core::Database& db, const Record& original, QWidget* parent)
        : FormDialog(parent)
        , m_db(db)
        , m_original(original)
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
        const bool ok = write(record, error);
        if (ok) {
            m_saved = record;
        }
        return ok;
    }

    core::Database& m_db;
    const Record m_original;
    Record m_saved;
};

} // namespace sl::ui
