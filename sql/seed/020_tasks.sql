-- seed/020_tasks: supervision tasks (~500 per scale unit) with co-handling
-- units, progress reports, extension requests, warnings and yellow/red
-- cards, and recent inbox messages.
--
-- Runs as the installer with session_replication_role = replica: no trigger
-- fires, so everything a trigger or task_escalate would produce (numbers,
-- cards, inbox rows) is computed here, consistent with the constraints and
-- with what casedesk.task_escalate(current_date) would issue (same card key
-- task/unit/kind/deadline, so a later escalation adds nothing twice).
-- Deterministic: every choice is a hash of the row number; dates are
-- relative to current_date, a third of the tasks recent so there is always
-- work due soon and overdue.

CREATE OR REPLACE FUNCTION pg_temp.th(i bigint, salt text) RETURNS bigint
    LANGUAGE sql IMMUTABLE
AS $$ SELECT ('x' || substr(md5(i::text || salt), 1, 8))::bit(32)::bigint $$;

CREATE OR REPLACE FUNCTION pg_temp.tpick(a text[], n bigint) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$ SELECT a[1 + (n % array_length(a, 1))::integer] $$;

-- Units that lead tasks (towns and sub-district offices), numbered 1..k.
CREATE TEMP TABLE seed_lead ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY u.code) AS n, u.id, u.code, u.name
      FROM casedesk.unit u WHERE u.kind IN ('town', 'subdistrict');
-- Units that may co-handle: the towns/offices plus 征收办 and 两控办.
CREATE TEMP TABLE seed_co ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY u.code) AS n, u.id
      FROM casedesk.unit u WHERE u.kind IN ('town', 'subdistrict') OR u.code IN ('zsb', 'lkb');
CREATE TEMP TABLE seed_sup ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY o.id) AS n, o.id
      FROM casedesk.official o WHERE o.role = 'supervisor' AND NOT o.disabled;
CREATE TEMP TABLE seed_staff ON COMMIT DROP AS
    SELECT o.unit_id, row_number() OVER (PARTITION BY o.unit_id ORDER BY o.id) AS n,
           count(*) OVER (PARTITION BY o.unit_id) AS k, o.id
      FROM casedesk.official o WHERE o.role = 'staff' AND NOT o.disabled;
CREATE TEMP TABLE seed_proj ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY p.id) AS n, p.name FROM casedesk.project p;
CREATE INDEX ON seed_lead (n);
CREATE INDEX ON seed_co (n);
CREATE INDEX ON seed_sup (n);
CREATE INDEX ON seed_staff (unit_id, n);
CREATE INDEX ON seed_proj (n);
ANALYZE seed_lead, seed_co, seed_sup, seed_staff, seed_proj;

-- One row per task with every derived value.
CREATE TEMP TABLE seed_task ON COMMIT DROP AS
WITH base AS (
    SELECT i,
           -- a third are recent (last four months), the rest spread over four years
           CASE WHEN pg_temp.th(i, 'recent') % 3 = 0 THEN (pg_temp.th(i, 'age') % 120)::integer
                ELSE (pg_temp.th(i, 'age') % 1460)::integer END AS age,
           10 + (pg_temp.th(i, 'dur') % 80)::integer AS dur,
           (pg_temp.th(i, 'st') % 100)::integer AS r,
           (pg_temp.th(i, 'ext') % 100)::integer AS e,
           1 + pg_temp.th(i, 'lead') % (SELECT count(*) FROM seed_lead) AS lead_n
      FROM generate_series(1, greatest(1, round(500 * current_setting('casedesk.seed_scale')::numeric))::integer) AS i
), dated AS (
    SELECT b.*, current_date - b.age AS created_on, current_date - b.age + b.dur AS deadline0,
           -- approved extensions (8%) moved the deadline; only if decided by now
           CASE WHEN b.e < 8 AND current_date - b.age + b.dur - 3 <= current_date
                THEN 15 + (pg_temp.th(b.i, 'extd') % 20)::integer ELSE 0 END AS ext_days
      FROM base b
), st AS (
    SELECT d.*, d.deadline0 + d.ext_days AS deadline,
           CASE
             WHEN d.deadline0 + d.ext_days < current_date - 20 THEN
                  CASE WHEN d.r < 90 THEN 'closed' WHEN d.r < 95 THEN 'in_progress'
                       WHEN d.r < 97 THEN 'signed' ELSE 'reported' END
             WHEN d.deadline0 + d.ext_days < current_date THEN
                  CASE WHEN d.r < 30 THEN 'closed' WHEN d.r < 50 THEN 'reported'
                       WHEN d.r < 80 THEN 'in_progress' WHEN d.r < 90 THEN 'returned' ELSE 'signed' END
             ELSE CASE WHEN d.age < 3 OR d.r < 12 THEN 'assigned' WHEN d.r < 25 THEN 'signed'
                       WHEN d.r < 70 THEN 'in_progress' WHEN d.r < 82 THEN 'reported'
                       WHEN d.r < 90 THEN 'returned' ELSE 'closed' END
           END AS status
      FROM dated d
)
SELECT s.*,
       extract(year FROM s.created_on)::integer AS y,
       row_number() OVER (PARTITION BY extract(year FROM s.created_on) ORDER BY s.created_on, s.i)::integer AS seq,
       l.id AS lead_unit_id, l.name AS lead_name,
       (SELECT sp.id FROM seed_sup sp
         WHERE sp.n = 1 + pg_temp.th(s.i, 'sup') % greatest((SELECT count(*) FROM seed_sup), 1)) AS created_by,
       CASE WHEN pg_temp.th(s.i, 'resp') % 5 <> 0 THEN
            (SELECT sf.id FROM seed_staff sf WHERE sf.unit_id = l.id
                AND sf.n = 1 + pg_temp.th(s.i, 'who') % sf.k) END AS responsible_id,
       least(current_date, s.created_on + (pg_temp.th(s.i, 'sign') % 3)::integer) AS signed_on,
       -- the day it was reported done (reported, returned, closed)
       least(current_date, s.created_on + 2 + (pg_temp.th(s.i, 'done') % (s.dur + s.ext_days + 12))::integer) AS done_on
  FROM st s JOIN seed_lead l ON l.n = s.lead_n;

-- Titles from the themes of the year-end speech.
INSERT INTO casedesk.task (number_year, number_seq, title, description, source, level,
        lead_unit_id, responsible_id, deadline, report_interval, status, return_reason,
        close_note, created_by, created_at, updated_at, signed_at, reported_at, closed_at,
        closed_by, version)
SELECT s.y, s.seq,
       replace(replace(pg_temp.tpick(ARRAY[
           '{p}征收进度督办', '{u}“两违”整治百日攻坚督办', '{u}无违村创建工作督查',
           '{p}安置社区建设进度督办', '{p}补偿资金拨付情况督办', '{u}新增违法建设“零容忍”整治',
           '{u}巡查全覆盖落实情况督查', '{p}腾房拆除收尾工作督办', '{u}住房困难户建房需求摸底',
           '{u}信访积案化解督办', '{p}入户调查及评估进度督办', '{u}目标责任书年度任务推进',
           '{p}征迁环境保障督办', '{u}存量违建分类处置督办', '{p}货币化安置推进督办'],
           pg_temp.th(s.i, 'title')),
           '{u}', s.lead_name),
           '{p}', coalesce((SELECT p.name FROM seed_proj p WHERE p.n = 1 + pg_temp.th(s.i, 'proj')
                              % greatest((SELECT count(*) FROM seed_proj), 1)), s.lead_name || '棚改项目')),
       pg_temp.tpick(ARRAY[
           '请牵头单位倒排工期、挂图作战，按期报送进展，逾期将予以通报。',
           '按照区政府专题会议要求，落实属地责任，确保“露头就打、出土就拆”。',
           '对照目标责任书逐项销号，配合单位按职责分工做好保障。',
           '依法、规范、和谐、高效推进，做好群众思想工作，防止矛盾激化。',
           '专户存储、专款专用，资金拨付情况逐项目跟踪审计。'], pg_temp.th(s.i, 'desc')),
       pg_temp.tpick(ARRAY['meeting','meeting','leader','target','inspection'], pg_temp.th(s.i, 'src')),
       CASE WHEN pg_temp.th(s.i, 'lvl') % 100 < 70 THEN 'normal'
            WHEN pg_temp.th(s.i, 'lvl') % 100 < 92 THEN 'key' ELSE 'listed' END,
       s.lead_unit_id, s.responsible_id, s.deadline,
       (ARRAY[3, 5, 5, 10])[(1 + pg_temp.th(s.i, 'iv') % 4)::integer],
       s.status,
       CASE WHEN s.status = 'returned' THEN pg_temp.tpick(ARRAY[
           '签约协议等佐证材料不全，请补充后重新报送。', '现场核查发现仍有违建未拆除到位。',
           '进度数据与台账不一致，请核实。'], pg_temp.th(s.i, 'ret')) END,
       CASE WHEN s.status = 'closed' THEN '经现场核验，同意销号。' END,
       s.created_by,
       s.created_on + time '09:00' + (pg_temp.th(s.i, 'min') % 480) * interval '1 minute',
       greatest(s.created_on, CASE WHEN s.status IN ('reported','returned','closed') THEN s.done_on
                                   ELSE s.signed_on END) + time '16:30',
       CASE WHEN s.status <> 'assigned' THEN s.signed_on + time '10:00' END,
       CASE WHEN s.status IN ('reported','returned','closed') THEN s.done_on + time '15:00' END,
       CASE WHEN s.status = 'closed' THEN least(current_date, s.done_on + 2) + time '11:00' END,
       CASE WHEN s.status = 'closed' THEN s.created_by END,
       CASE s.status WHEN 'assigned' THEN 1 WHEN 'signed' THEN 2 WHEN 'in_progress' THEN 3
                     WHEN 'reported' THEN 4 WHEN 'returned' THEN 5 ELSE 5 END
  FROM seed_task s
 ORDER BY s.created_on, s.i;

CREATE TEMP TABLE seed_task_id ON COMMIT DROP AS
    SELECT s.*, t.id AS task_id FROM seed_task s
      JOIN casedesk.task t ON t.number_year = s.y AND t.number_seq = s.seq;
CREATE INDEX ON seed_task_id (i);
ANALYZE seed_task_id;

-- Co-handling units for three tasks in ten.
INSERT INTO casedesk.task_unit (task_id, unit_id, added_at)
SELECT DISTINCT ON (s.task_id, c.id) s.task_id, c.id, s.created_on + time '09:30'
  FROM seed_task_id s
  CROSS JOIN generate_series(1, 2) AS k
  JOIN seed_co c ON c.n = 1 + pg_temp.th(s.i * 10 + k, 'co') % (SELECT count(*) FROM seed_co)
 WHERE pg_temp.th(s.i, 'hasco') % 10 < 3 AND (k = 1 OR pg_temp.th(s.i, 'co2') % 2 = 0)
   AND c.id <> s.lead_unit_id;

-- Progress reports between signing and now (or reporting done), then the
-- final 100% report for tasks reported done.
INSERT INTO casedesk.task_report (task_id, body, percent, final, reported_on, author_id, unit_id, created_at)
SELECT s.task_id,
       pg_temp.tpick(ARRAY['已完成入户调查', '已召开群众动员会', '已下达限期整改通知书',
                           '签约工作有序推进', '已拆除违建部分面积', '补偿资金已部分拨付',
                           '正在开展现场巡查', '已完成评估公示'], pg_temp.th(s.i * 10 + j, 'body'))
           || '，完成约' || (j * 90 / (k + 1)) || '%。',
       j * 90 / (k + 1), false,
       x.on_day, coalesce(s.responsible_id, (SELECT sf.id FROM seed_staff sf WHERE sf.unit_id = s.lead_unit_id AND sf.n = 1)),
       s.lead_unit_id, x.on_day + time '17:00'
  FROM seed_task_id s
  CROSS JOIN LATERAL (SELECT 1 + (pg_temp.th(s.i, 'nrep') % 4)::integer AS k) kk(k)
  CROSS JOIN LATERAL generate_series(1, kk.k) AS j
  CROSS JOIN LATERAL (SELECT s.signed_on + ((CASE WHEN s.status IN ('reported','returned','closed')
                                                  THEN s.done_on ELSE current_date END - s.signed_on) * j / (kk.k + 1))
                      AS on_day) x
 WHERE s.status <> 'assigned'
   AND (s.responsible_id IS NOT NULL OR EXISTS (SELECT 1 FROM seed_staff sf WHERE sf.unit_id = s.lead_unit_id));

INSERT INTO casedesk.task_report (task_id, body, percent, final, reported_on, author_id, unit_id, created_at)
SELECT s.task_id, '任务已全部完成，申请核验销号。', 100, true, s.done_on,
       coalesce(s.responsible_id, (SELECT sf.id FROM seed_staff sf WHERE sf.unit_id = s.lead_unit_id AND sf.n = 1)),
       s.lead_unit_id, s.done_on + time '15:00'
  FROM seed_task_id s
 WHERE s.status IN ('reported','returned','closed')
   AND (s.responsible_id IS NOT NULL OR EXISTS (SELECT 1 FROM seed_staff sf WHERE sf.unit_id = s.lead_unit_id));

-- Extension requests: approved (the deadline already moved), refused, and
-- pending ones awaiting a supervisor.
INSERT INTO casedesk.task_extension (task_id, old_deadline, requested_deadline, reason, status,
        requested_by, requested_at, decided_by, decided_on, decision_note)
SELECT s.task_id,
       CASE WHEN s.ext_days > 0 THEN s.deadline0 ELSE s.deadline END,
       CASE WHEN s.ext_days > 0 THEN s.deadline ELSE s.deadline + 20 END,
       pg_temp.tpick(ARRAY['补偿资金未及时到位，影响签约进度。', '部分被征收户诉求复杂，需延长协商时间。',
                           '汛期影响拆除作业。', '涉及信访事项，需依法依规稳妥处置。'], pg_temp.th(s.i, 'why')),
       CASE WHEN s.ext_days > 0 THEN 'approved' WHEN s.e < 12 THEN 'refused' ELSE 'pending' END,
       coalesce(s.responsible_id, (SELECT sf.id FROM seed_staff sf WHERE sf.unit_id = s.lead_unit_id AND sf.n = 1)),
       CASE WHEN s.ext_days > 0 THEN s.deadline0 - 5 WHEN s.e < 12 THEN s.deadline - 6
            ELSE current_date - 1 END + time '10:00',
       CASE WHEN s.ext_days > 0 OR s.e < 12 THEN s.created_by END,
       CASE WHEN s.ext_days > 0 THEN s.deadline0 - 3 WHEN s.e < 12 THEN s.deadline - 4 END,
       CASE WHEN s.ext_days > 0 THEN '同意延期。' WHEN s.e < 12 THEN '理由不充分，请按期完成。' END
  FROM seed_task_id s
 WHERE (s.responsible_id IS NOT NULL OR EXISTS (SELECT 1 FROM seed_staff sf WHERE sf.unit_id = s.lead_unit_id))
   AND (s.ext_days > 0
        OR (s.e BETWEEN 8 AND 11 AND s.status <> 'assigned'
            AND s.deadline - 4 <= current_date AND s.deadline - 6 >= s.signed_on)
        OR (s.e BETWEEN 12 AND 30 AND s.deadline > current_date
            AND s.status IN ('signed','in_progress','returned')));

-- Cards as task_escalate would have issued them by the day the task was
-- reported done (or today, for open tasks).
CREATE TEMP TABLE seed_card ON COMMIT DROP AS
SELECT s.task_id, s.lead_unit_id, s.responsible_id, s.deadline, s.created_on,
       CASE WHEN s.status IN ('reported','closed') THEN s.done_on ELSE current_date END AS end_on,
       casedesk.workdays_between(s.deadline,
           CASE WHEN s.status IN ('reported','closed') THEN s.done_on ELSE current_date END) AS late_wd
  FROM seed_task_id s;

INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on, created_at)
SELECT c.task_id, c.lead_unit_id, c.responsible_id, k.kind, k.reason, c.deadline, k.issued_on,
       k.issued_on + time '07:00'
  FROM seed_card c CROSS JOIN casedesk.task_setting ts
  CROSS JOIN LATERAL (VALUES
      ('warning', 'deadline near',
       greatest(c.created_on, casedesk.add_workdays(c.deadline, -ts.warn_workdays))),
      ('yellow', 'overdue', c.deadline + 1),
      ('red', 'overdue by ' || ts.red_after_workdays || ' working days',
       casedesk.add_workdays(c.deadline, ts.red_after_workdays))
  ) AS k(kind, reason, issued_on)
 WHERE ts.id = 1
   AND CASE k.kind
         WHEN 'warning' THEN ts.warn_workdays > 0 AND k.issued_on <= c.end_on
                             AND casedesk.add_workdays(c.deadline, -ts.warn_workdays) <= c.end_on
         WHEN 'yellow' THEN c.end_on > c.deadline
         ELSE c.late_wd >= ts.red_after_workdays
       END;

-- Inbox: what the last month brought, and everything still open.
INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date, created_at)
SELECT s.lead_unit_id, 'new_task', s.task_id, 'lead', s.deadline, s.created_on + time '09:05'
  FROM seed_task_id s WHERE s.status = 'assigned' OR s.created_on >= current_date - 30;
INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date, created_at)
SELECT tu.unit_id, 'new_task', s.task_id, 'cohandling', s.deadline, s.created_on + time '09:35'
  FROM seed_task_id s JOIN casedesk.task_unit tu ON tu.task_id = s.task_id
 WHERE s.status <> 'closed' AND s.created_on >= current_date - 30;
INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date, created_at)
SELECT c.unit_id, 'card_issued', c.task_id, c.kind, c.deadline, c.issued_on + time '07:00'
  FROM casedesk.task_card c JOIN seed_task_id s ON s.task_id = c.task_id
 WHERE c.issued_on >= current_date - 30;
INSERT INTO casedesk.inbox (official_id, kind, task_id, detail, ref_date, created_at)
SELECT t.created_by, 'card_issued', c.task_id, c.kind, c.deadline, c.issued_on + time '07:00'
  FROM casedesk.task_card c JOIN casedesk.task t ON t.id = c.task_id
 WHERE c.kind = 'red' AND c.issued_on >= current_date - 30;
INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, created_at)
SELECT s.lead_unit_id, 'returned', s.task_id, t.return_reason, s.done_on + time '17:00'
  FROM seed_task_id s JOIN casedesk.task t ON t.id = s.task_id WHERE s.status = 'returned';
INSERT INTO casedesk.inbox (official_id, kind, task_id, created_at)
SELECT s.created_by, 'reported', s.task_id, s.done_on + time '15:05'
  FROM seed_task_id s WHERE s.status = 'reported';
INSERT INTO casedesk.inbox (official_id, kind, task_id, ref_date, created_at)
SELECT t.created_by, 'extension_requested', e.task_id, e.requested_deadline, e.requested_at
  FROM casedesk.task_extension e JOIN casedesk.task t ON t.id = e.task_id
 WHERE e.status = 'pending';
-- The progress report each open task is late with, as task_escalate would
-- have announced it.
INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date, created_at)
SELECT d.lead_unit_id, 'report_due', d.id, '', d.due, d.due + time '07:00'
  FROM (SELECT t.id, t.lead_unit_id,
               casedesk.add_workdays(greatest(coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r
                                                        WHERE r.task_id = t.id), t.signed_at::date),
                                              t.signed_at::date), t.report_interval) AS due
          FROM casedesk.task t JOIN seed_task_id s ON s.task_id = t.id
         WHERE t.status IN ('signed','in_progress','returned')) d
 WHERE d.due <= current_date;
-- loaded with triggers off: each open task per unit that sees it,
-- kept by triggers from here on (sql/functions/172_task_seen.sql)
SELECT casedesk.task_seen_rebuild(), casedesk.task_totals_rebuild();
