/* labels.h — translated labels of the case codes the database stores: a
 * case's kind and status (from the kinds' own tables, casekind.h) and a
 * workflow step in the UI language.  Task, discipline and target labels
 * are their models' (model_task.h, model_discipline.h, model_targets.h). */
#ifndef CASEDESK_LABELS_H
#define CASEDESK_LABELS_H

#include "model_case.h"

/* The label, or the code itself when no kind knows it. */
const char *case_kind_label(const char *kind);
const char *case_status_label(const char *status);
/* A step's label in the UI language (the database holds both). */
const char *case_step_label(const struct case_step *s);
/* The label of any code the database stores (case, task or discipline
 * status, case kind, metric), or NULL: the server sentences' labeller. */
const char *code_label(const char *code);
/* A stored column's name as a clerk calls it ("assessed_on" → "assessed
 * on"), and a value of it as a label (status codes, kinds, yes/no for
 * booleans); the column or value itself when none is known. */
const char *field_label(const char *column);
const char *value_label(const char *column, const char *value);
/* A table's name as a clerk calls the record ("payment"). */
const char *table_label(const char *table);

#endif
