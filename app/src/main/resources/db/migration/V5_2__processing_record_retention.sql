-- The nightly retention job finds the records whose processing ended too long ago.
create index processing_record_end_time on processing_record (end_time);
