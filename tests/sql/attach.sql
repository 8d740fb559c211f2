-- attach: evidence attached to records (issue 15, item 7), as real login
-- roles.  A file goes in only through attach_add: the server reads its type
-- from its first bytes (JPEG, PNG, HEIC, PDF, plain text; anything else is
-- refused with one sentence), hashes it, applies the size limit
-- (setting attach.max_bytes) and the record's visibility.  The audit row
-- carries the sha256, never the bytes; discipline evidence goes to the
-- discipline chain and is seen by inspectors only; an attachment cannot be
-- changed or deleted.  The command line and EXIF: tests/admin/attach.sh.
-- pg_seeds: 010_places.sql 015_cases.sql 020_tasks.sql 030_discipline.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_ztz  'SET SESSION AUTHORIZATION ztz_01;'
\set as_dcs  'SET SESSION AUTHORIZATION dcs_01;'
\set as_jw   'SET SESSION AUTHORIZATION jw_01;'
\set as_adm  'SET SESSION AUTHORIZATION xxzx_01;'

SELECT min(c.id) AS c1 FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id WHERE u.code = 'gmz' \gset
SELECT min(r.id) AS d1 FROM casedesk.discipline_record r
  JOIN casedesk.official o ON o.id = r.official_id WHERE o.login <> 'jw_01' \gset
SELECT min(r.id) AS tr FROM casedesk.task_report r
 WHERE NOT r.task_id IN (SELECT t.id FROM casedesk.task t JOIN casedesk.unit u ON u.id = t.lead_unit_id WHERE u.code = 'ztz')
   AND NOT r.task_id IN (SELECT tu.task_id FROM casedesk.task_unit tu JOIN casedesk.unit u ON u.id = tu.unit_id WHERE u.code = 'ztz') \gset
SELECT coalesce(max(seq), 0) AS audit0 FROM casedesk.audit_pending \gset
SELECT ok(:'c1'::text ~ '^[0-9]+$', 'a case of 关庙镇 to attach to');
SELECT ok(:'d1'::text ~ '^[0-9]+$', 'a discipline record about someone else than jw_01');

-- A JPEG (SOI, APP0, EOI), a PNG signature, a PDF header, plain text.
SELECT '\xffd8ffe000104a46494600010100000100010000ffd9'::bytea AS jpeg \gset
-- ------------------------------------------------------ in, typed and hashed
:as_gmz
SELECT casedesk.attach_add('case', :c1, '/home/x/现场照片1.jpg', :'jpeg'::bytea, '2026-03-04 10:11:12', 30.5, 114.25) AS a1 \gset
SELECT results_eq(format('SELECT file_name, media_type, size_bytes, sha256, taken_at::text, gps_lat, gps_lon, attached_by
                            FROM casedesk.attachment WHERE id = %s', :a1),
    format($$VALUES ('现场照片1.jpg', 'image/jpeg', 22::bigint, '%s', NULL::text, NULL::float8, NULL::float8,
                     casedesk.my_official_id())$$, encode(sha256(:'jpeg'::bytea), 'hex')),
    'the attachment keeps its base name, the type from its bytes, size, sha256 and who attached it — and no time or place its bytes do not carry (the caller''s are ignored: functions/205)');
SELECT is((SELECT data FROM casedesk.attachment_blob WHERE attachment_id = :a1), :'jpeg'::bytea,
          'the bytes come back as they went in');
SELECT is(casedesk.attach_media_type('\x89504e470d0a1a0a0000000d49484452'::bytea), 'image/png', 'a PNG is recognised');
SELECT is(casedesk.attach_media_type('%PDF-1.7 ...'::bytea), 'application/pdf', 'a PDF is recognised');
SELECT is(casedesk.attach_media_type('\x0000001866747970686569630000'::bytea), 'image/heic', 'a HEIC photo is recognised');
SELECT is(casedesk.attach_media_type(convert_to(E'现场笔录\n第二行\n', 'UTF8')), 'text/plain', 'UTF-8 text is plain text');
SELECT lives_ok(format($$SELECT casedesk.attach_add('case', %s, 'notes.txt', convert_to('询问笔录', 'UTF8'))$$, :c1),
                'plain text can be attached without EXIF');

-- ------------------------------------------------------ bad input
SELECT throws_ok(format($$SELECT casedesk.attach_add('case', %s, 'tool.exe', '\x4d5a90000300000004000000ffff'::bytea)$$, :c1),
    '22023', 'Only photos (JPEG, PNG, HEIC), PDF documents and plain text can be attached; this file is none of them.',
    'an unknown type is refused with one sentence');
SELECT throws_ok(format($$SELECT casedesk.attach_add('case', %s, 'bin.txt', '\x41420042'::bytea)$$, :c1),
    '22023', 'Only photos (JPEG, PNG, HEIC), PDF documents and plain text can be attached; this file is none of them.',
    'text with a NUL byte is not plain text');
SELECT throws_ok(format($$SELECT casedesk.attach_add('case', %s, 'empty.txt', ''::bytea)$$, :c1),
    '22023', 'The file is empty.', 'an empty file is refused');
RESET SESSION AUTHORIZATION;
UPDATE casedesk.setting SET value = '1048576' WHERE key = 'attach.max_bytes';
:as_gmz
SELECT throws_ok(format($$SELECT casedesk.attach_add('case', %s, 'big.txt', convert_to(repeat('A', 1572864), 'UTF8'))$$, :c1),
    '54000', 'The file is 1.5 MiB; the limit is 1.0 MiB per file.',
    'a file over the configured limit is refused with its size and the limit');
SELECT is((SELECT count(*) FROM casedesk.attachment WHERE record_kind = 'case' AND record_id = :c1), 2::bigint,
          'nothing of a refused file is kept');
SELECT throws_ok(format($$UPDATE casedesk.attachment SET file_name = 'x.jpg' WHERE id = %s$$, :a1), '42501', NULL,
                 'an attachment cannot be renamed');
SELECT throws_ok(format($$DELETE FROM casedesk.attachment_blob WHERE attachment_id = %s$$, :a1), '42501', NULL,
                 'nor its bytes deleted');
SELECT throws_ok($$SELECT casedesk.attach_add('case', -1, 'a.txt', 'x'::bytea)$$, '42501',
                 'There is no such record that you may see.', 'a record that does not exist');
SELECT throws_ok(format($$SELECT casedesk.attach_add('discipline', %s, 'a.txt', 'x'::bytea)$$, :d1), '42501',
                 'There is no such record that you may see.', 'staff cannot attach to a discipline record');

-- ------------------------------------------------------ audit: the hash, not the bytes
RESET SESSION AUTHORIZATION;
SELECT is((SELECT new_row->>'sha256' FROM casedesk.audit_pending
            WHERE seq > :audit0 AND chain = 'audit_log' AND table_name = 'attachment' AND row_id = :a1 AND op = 'INSERT'),
          encode(sha256(:'jpeg'::bytea), 'hex'), 'the attachment''s audit row carries its sha256');
SELECT is((SELECT count(*) FROM casedesk.audit_pending WHERE seq > :audit0
            AND (table_name = 'attachment_blob' OR new_row::text LIKE '%ffd8ffe0%')), 0::bigint,
          'no audit row carries the bytes');

-- ------------------------------------------------------ who sees it
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.attachment WHERE record_kind = 'case' AND record_id = :c1), 0::bigint,
          'another town''s staff do not see the attachments of 关庙镇''s case');
SELECT is((SELECT count(*) FROM casedesk.attachment_blob WHERE attachment_id = :a1), 0::bigint, 'nor their bytes');
SELECT throws_ok(format($$SELECT casedesk.attach_add('case', %s, 'a.txt', 'x'::bytea)$$, :c1), '42501',
                 'There is no such record that you may see.', 'nor attach to it');
:as_dcs
SELECT is((SELECT count(*) FROM casedesk.attachment WHERE record_kind = 'case' AND record_id = :c1), 2::bigint,
          'a supervisor sees them');
SELECT is((SELECT sha256 FROM casedesk.attachment WHERE id = :a1), encode(sha256(:'jpeg'::bytea), 'hex'), '(with the hash)');
:as_adm
SELECT throws_ok('SELECT count(*) FROM casedesk.attachment', '42501', NULL, 'an administrator reads no evidence');
SELECT throws_ok(format($$SELECT casedesk.attach_add('case', %s, 'a.txt', 'x'::bytea)$$, :c1), '42501',
                 NULL, 'nor attaches any');

-- ------------------------------------------------------ discipline evidence
:as_jw
SELECT casedesk.attach_add('discipline', :d1, '谈话记录.pdf', '%PDF-1.4 test'::bytea) AS ad \gset
SELECT is((SELECT media_type FROM casedesk.attachment WHERE id = :ad), 'application/pdf', 'an inspector attaches to a discipline record');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT string_agg(chain, ',') FROM casedesk.audit_pending
            WHERE seq > :audit0 AND table_name = 'attachment' AND row_id = :ad), 'discipline_audit',
          'discipline evidence is audited in the discipline chain only');
:as_dcs
SELECT is((SELECT count(*) FROM casedesk.attachment WHERE record_kind = 'discipline'), 0::bigint,
          'a supervisor sees no discipline evidence');
:as_gmz
SELECT is((SELECT count(*) FROM casedesk.attachment WHERE id = :ad), 0::bigint, 'staff see no discipline evidence');
SELECT is((SELECT count(*) FROM casedesk.attachment_blob WHERE attachment_id = :ad), 0::bigint, 'nor its bytes');

-- ------------------------------------------------------ task reports
:as_ztz
SELECT throws_ok(format($$SELECT casedesk.attach_add('task_report', %s, 'a.txt', 'x'::bytea)$$, :tr), '42501',
                 'There is no such record that you may see.', 'staff of a unit outside the task cannot attach to its report');
:as_dcs
SELECT casedesk.attach_add('task_report', :tr, '整改回执.png', '\x89504e470d0a1a0a0000000d49484452'::bytea) AS at \gset
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.attachment WHERE id = :at), 0::bigint, 'nor see what is attached to it');
:as_jw
SELECT is((SELECT file_name FROM casedesk.attachment WHERE id = :at), '整改回执.png', 'an inspector sees it');

SELECT * FROM finish();
ROLLBACK;
