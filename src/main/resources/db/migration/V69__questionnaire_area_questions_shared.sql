-- Once only (issue 14, ADR 0037): qualitative profiling no longer asks the ten areas of PSP phase 2 again; it shows
-- the PSP's assessments instead. The ten questions are retired, not deleted: the answers already written stay
-- readable (an interview lists the retired questions it answered) and an administrator may bring one back.
update profiling_item
   set retired = true,
       version = version + 1
 where list = 'QUESTION'
   and source = 'AREA'
   and code in ('AREA-PROFILE', 'AREA-EXPERIENCE', 'AREA-TRAINING', 'AREA-AUTONOMY', 'AREA-SELF-PROMOTION',
                'AREA-CONSTRAINTS', 'AREA-GOAL', 'AREA-MARKET', 'AREA-METHOD', 'AREA-TOOLS')
   and not retired;
