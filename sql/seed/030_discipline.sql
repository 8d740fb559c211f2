-- seed/030_discipline: ~60 discipline records per scale unit, spread over
-- the last four years: flags by colleagues and automatic inaction flags from
-- red cards, at every stage of the workflow, some reviews overdue.
-- Runs as the installer with session_replication_role = replica: no trigger
-- fires, so every row is written consistent with the constraints of 030.
-- Deterministic: every choice comes from md5 of the row number (record ids
-- too: random-looking like the live ones, see 030).

CREATE TEMP TABLE dis_off ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY id) AS n, id, unit_id
      FROM casedesk.official WHERE role IN ('staff','supervisor') AND NOT disabled;
CREATE TEMP TABLE dis_ins ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY id) AS n, id
      FROM casedesk.official WHERE role = 'inspector' AND NOT disabled;
CREATE TEMP TABLE dis_all ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY id) AS n, id
      FROM casedesk.official WHERE NOT disabled;
CREATE TEMP TABLE dis_task ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY id) AS n, id, responsible_id
      FROM casedesk.task WHERE responsible_id IS NOT NULL;

CREATE INDEX ON dis_off (n);
CREATE INDEX ON dis_ins (n);
CREATE INDEX ON dis_all (n);
CREATE INDEX ON dis_task (n);
CREATE TEMP TABLE dis_cnt ON COMMIT DROP AS
    SELECT (SELECT count(*) FROM dis_off) AS off, (SELECT count(*) FROM dis_ins) AS ins,
           (SELECT count(*) FROM dis_all) AS alls, (SELECT count(*) FROM dis_task) AS task;
ANALYZE dis_off, dis_ins, dis_all, dis_task;

-- h(i, salt): a deterministic number in [0, 2^31).
CREATE FUNCTION pg_temp.dis_h(i bigint, salt text) RETURNS bigint
    LANGUAGE sql IMMUTABLE
AS $$ SELECT ('x' || substr(md5(i::text || salt), 1, 8))::bit(32)::bigint & 2147483647 $$;

CREATE TEMP TABLE dis_rec ON COMMIT DROP AS
WITH base AS (
    SELECT i,
           -- one in eight is an automatic flag raised by a red card
           (pg_temp.dis_h(i, 'auto') % 8 = 0 AND (SELECT task FROM dis_cnt) > 0) AS auto,
           -- a third arrived in the last three months, so inspectors have open work
           current_date - (pg_temp.dis_h(i, 'age') % CASE WHEN pg_temp.dis_h(i, 'recent') % 3 = 0
                                                          THEN 90 ELSE 1460 END)::integer AS day,
           pg_temp.dis_h(i, 'stage') % 100 AS stage
      FROM generate_series(1, greatest(1, round(60 * current_setting('casedesk.seed_scale')::numeric))::integer) i
), who AS (
    SELECT b.*,
           t.id AS task_id,
           coalesce(t.responsible_id,
                    (SELECT o.id FROM dis_off o
                      WHERE o.n = 1 + pg_temp.dis_h(b.i, 'off') % greatest((SELECT off FROM dis_cnt), 1))) AS official_id
      FROM base b
      LEFT JOIN dis_task t ON b.auto AND t.n = 1 + pg_temp.dis_h(b.i, 'task') % greatest((SELECT task FROM dis_cnt), 1)
)
SELECT w.i, ('x' || substr(md5(w.i::text || 'record-id'), 1, 13))::bit(52)::bigint AS rid,
       w.official_id, w.task_id, w.auto, w.day,
       CASE WHEN w.auto THEN 'inaction'
            ELSE (ARRAY['soliciting','soliciting','favouritism','favouritism','leaking','abuse',
                        'inaction','inaction','reckless','other'])[1 + pg_temp.dis_h(w.i, 'cat') % 10] END AS category,
       -- the stage reached depends on how old the flag is
       CASE WHEN (SELECT ins FROM dis_cnt) = 0 THEN 'received'
            WHEN current_date - w.day < 7 THEN 'received'
            WHEN current_date - w.day < 45 THEN
                 (ARRAY['received','preliminary_review','preliminary_review','talk_letter'])[1 + w.stage % 4]
            WHEN current_date - w.day < 120 THEN
                 (ARRAY['preliminary_review','talk_letter','investigation','set_aside','concluded','concluded'])[1 + w.stage % 6]
            ELSE (ARRAY['set_aside','concluded','concluded','concluded','investigation'])[1 + w.stage % 5] END AS status,
       (SELECT s.id FROM dis_ins s
         WHERE s.n = 1 + pg_temp.dis_h(w.i, 'ins') % greatest((SELECT ins FROM dis_cnt), 1)) AS inspector,
       (SELECT a.id FROM dis_all a
         WHERE a.n = 1 + pg_temp.dis_h(w.i, 'flagger') % greatest((SELECT alls FROM dis_cnt), 1)) AS flagger
  FROM who w
 WHERE w.official_id IS NOT NULL;

INSERT INTO casedesk.discipline_record
    (id, official_id, unit_id, category, facts, source, status, received_at,
     review_started_on, review_due, reviewer_id, note, disposition, disposition_on,
     decision_no, decided_by, closed_at)
SELECT r.rid, r.official_id, o.unit_id, r.category,
       CASE WHEN r.auto THEN format('督办任务 %s 逾期未办结被亮红牌，系统自动转纪检审查。',
                                    (SELECT t.number FROM casedesk.task t WHERE t.id = r.task_id))
            ELSE (ARRAY[
                '反映其在入户调查时暗示被征收户“意思意思”，收受烟酒。',
                '反映其为亲属多算房屋面积，评估补偿明显偏高。',
                '反映其在评估结果公示前向个别户透露补偿标准。',
                '反映其对群众举报的违建长期不处理。',
                '反映其在拆违中未按程序下达通知即组织拆除。',
                '反映其利用职务便利为他人承揽拆除工程。',
                '反映其在安置房分配中优亲厚友。',
                '反映其巡查记录与实际不符，存在弄虚作假。'])[1 + pg_temp.dis_h(r.i, 'facts') % 8] END,
       CASE WHEN r.auto THEN 'auto' ELSE 'flag' END,
       r.status,
       (r.day + time '08:30' + (pg_temp.dis_h(r.i, 'min') % 540) * interval '1 minute')::timestamptz,
       CASE WHEN r.status <> 'received' THEN r.day + 2 END,
       -- reviews started recently may still be open, some past their deadline
       CASE WHEN r.status <> 'received' THEN r.day + 2 + 30 END,
       CASE WHEN r.status <> 'received' THEN r.inspector END,
       CASE WHEN r.status = 'set_aside' THEN '经初核，反映问题查无实据，予以了结。'
            WHEN r.status IN ('talk_letter','investigation','concluded') THEN '初核发现问题线索，转入下一步。' END,
       CASE WHEN r.status = 'concluded' THEN
            (ARRAY['no_violation','no_violation','reminder_talk','reminder_talk','criticism',
                   'warning','serious_warning','removal','judicial_referral'])[1 + pg_temp.dis_h(r.i, 'disp') % 9] END,
       CASE WHEN r.status = 'concluded' THEN least(current_date, r.day + 40 + (pg_temp.dis_h(r.i, 'dd') % 60)::integer) END,
       CASE WHEN r.status = 'concluded' THEN
            format('汉纪%s〔%s〕%s号', (ARRAY['初','审','处'])[1 + pg_temp.dis_h(r.i, 'dn') % 3],
                   extract(year FROM least(current_date, r.day + 40 + (pg_temp.dis_h(r.i, 'dd') % 60)::integer)), r.i) END,
       CASE WHEN r.status = 'concluded' THEN r.inspector END,
       CASE WHEN r.status IN ('set_aside','concluded') THEN
            (least(current_date, r.day + 40 + (pg_temp.dis_h(r.i, 'dd') % 60)::integer) + time '16:00')::timestamptz END
  FROM dis_rec r
  JOIN casedesk.official o ON o.id = r.official_id;

INSERT INTO casedesk.discipline_flagger (id, record_id, flagger_id, receipt)
SELECT r.i, r.rid,
       CASE WHEN r.auto OR r.flagger = r.official_id THEN NULL ELSE r.flagger END,
       'JB-' || upper(substr(md5(r.i::text || 'receipt'), 1, 4) || '-' || substr(md5(r.i::text || 'receipt'), 5, 4)
                      || '-' || substr(md5(r.i::text || 'receipt'), 9, 4))
  FROM dis_rec r;

-- Automatic flags link their task; one in three flags names a case the
-- official handled.
INSERT INTO casedesk.discipline_link (record_id, task_id)
SELECT r.rid, r.task_id FROM dis_rec r WHERE r.task_id IS NOT NULL;
INSERT INTO casedesk.discipline_link (record_id, case_id)
SELECT r.rid, c.id
  FROM dis_rec r
  CROSS JOIN LATERAL (SELECT min(f.id) AS id FROM casedesk.case_file f WHERE f.handled_by = r.official_id) c
 WHERE NOT r.auto AND pg_temp.dis_h(r.i, 'link') % 3 = 0 AND c.id IS NOT NULL;

SELECT setval(pg_get_serial_sequence('casedesk.discipline_flagger', 'id'),
              greatest(1, (SELECT max(id) FROM casedesk.discipline_flagger)));
