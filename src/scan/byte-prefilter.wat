;; The byte prefilter of the log explainer (assembled by scripts/build-wasm.ts into
;; byte-prefilter.generated.ts; src/scan/byte-prefilter.ts lays out the tables).
;;
;; Finds every occurrence of a set of literal anchors (byte strings of at least
;; STRIDE + 3 bytes) by sampling: only every STRIDE-th position is looked at. Each
;; anchor has a window of STRIDE offsets k … k+STRIDE-1 (k chosen where its 4-byte
;; pieces are rarest); an anchor occurring at `start` has exactly one sampled position
;; p with k <= p - start < k + STRIDE, and the four bytes at p are then one of its
;; "grams", which the tables index. So each occurrence is found exactly once, at a
;; cost of one hash probe per STRIDE bytes of input.
;;
;; A sampled position whose gram is indexed mostly holds none of the anchors: their
;; grams are everyday words ("ing ", "fail") and numbers ("1005", shared by "(10050" …
;; "[10059" and found in every ":10054" and "id=10051" of a log). So the position first
;; passes its bucket's gate: five masked compares of the bytes around the gram with what
;; the bucket's anchors hold there (prefilter-gate.ts), which most such positions fail.
;; Past the gate, a gram leads to
;; groups, one per offset at which anchors hold it, and a group to one possible anchor
;; start. When the group's anchors all begin with the same four bytes, those are
;; compared first, and a group of one anchor points at it; otherwise the six bytes at
;; the start are looked up in a hash of the anchors' first six bytes. A sampled
;; position costs one probe, an indexed gram one look per group, whatever the number
;; of anchors.
;;
;; Memory layout (byte offsets, fixed):
;;   0      2^18 bytes, one per hash: byte (h >> 14) is 1 for every gram's hash h (a byte,
;;          not a bit: one load and no shifts per sampled position, ~8 % of the prefilter)
;;   262144 4096 gram buckets (h >> 20): u32 first group address, u32 end address
;;   294912 4096 prefix slots (see $prefixSlot): u32 first anchor record, u32 end address
;;   327680 4096 gate entries (h >> 20), 128 bytes each: five checks of u64 value, u64 mask,
;;          then their five i32 window starts relative to the sampled position
;;   622592 groups, 16 bytes each: u32 gram, u32 offset of the gram in its anchors (bits
;;          0-15) | 1 << 16 when the anchors all begin with the same four bytes, u32 those
;;          four bytes, u32 the anchor record when the group has one anchor (else 0)
;; then anchor records, 16 bytes each: u32 first four bytes, u32 bytes 4-5 | window
;; start << 16, u32 address of the anchor's bytes, u32 length; then the anchors' bytes,
;; the output and the input, where JS puts them.
(module
  ;; Shared, so that a second thread's instance can read ahead into it while this one's
  ;; thread reads the blocks it filled (read-ahead.ts). At most 1 GiB (16384 pages).
  (import "env" "memory" (memory 1 16384 shared))
  ;; Where scan() stopped when the output was full: resume there.
  (global $resume (export "resume") (mut i32) (i32.const 0))

  ;; The prefix slot of an anchor whose first six bytes are `low` (bytes 0-3) and
  ;; `high` (bytes 4-5): byte-prefilter.ts computes the same.
  (func $prefixSlot (param $low i32) (param $high i32) (result i32)
    (i32.shr_u
      (i32.xor
        (i32.mul (local.get $low) (i32.const 0x9e3779b1))
        (i32.mul (local.get $high) (i32.const 0x85ebca6b)))
      (i32.const 20)))

  ;; Occurrences starting in [lowest, to) and ending by `end`, sampled from `from` on,
  ;; written to `out` as (u32 start, u32 anchor record address) pairs, at most `max`
  ;; of them (past that, the caller resumes sampling at `resume` with the same
  ;; `lowest`); returns how many. `reach` is the largest gram offset. Starts come out
  ;; in increasing order, except within the anchors' windows.
  (func (export "scan")
    (param $from i32) (param $lowest i32) (param $to i32) (param $end i32) (param $stride i32) (param $reach i32)
    (param $out i32) (param $max i32)
    (result i32)
    (local $p i32) (local $last i32) (local $g i32) (local $h i32) (local $group i32) (local $groupsEnd i32)
    (local $n i32) (local $start i32) (local $offset i32) (local $low i32) (local $high i32)
    (local $gate i32) (local $record i32) (local $recordsEnd i32) (local $info i32) (local $len i32) (local $a i32) (local $i i32) (local $lastFour i32)
    (local.set $p (local.get $from))
    ;; The last sampled position that can lie in an anchor starting before `to`, and
    ;; the last at which four bytes can be read.
    (local.set $last (i32.add (local.get $to) (local.get $reach)))
    (if (i32.gt_u (local.get $last) (i32.sub (local.get $end) (i32.const 4)))
      (then (local.set $last (i32.sub (local.get $end) (i32.const 4)))))
    ;; The last position from which four can be sampled.
    (local.set $lastFour (i32.sub (local.get $last) (i32.mul (local.get $stride) (i32.const 3))))
    (block $done
      (loop $next
        ;; Sampling: a small loop of its own, four positions a round while four are left, left at
        ;; a position whose gram's hash is marked. (Written inside the loop that handles such a
        ;; position, as an `if`, the same sampling took ~20 % longer with V8's code, and one
        ;; position a round ~7 % longer than four.)
        (block $hit
          (block $tail
            (loop $fours
              (br_if $tail (i32.gt_s (local.get $p) (local.get $lastFour)))
              (local.set $g (i32.load (local.get $p)))
              (local.set $h (i32.mul (local.get $g) (i32.const 0x9e3779b1)))
              (br_if $hit (i32.load8_u (i32.shr_u (local.get $h) (i32.const 14))))
              (local.set $p (i32.add (local.get $p) (local.get $stride)))
              (local.set $g (i32.load (local.get $p)))
              (local.set $h (i32.mul (local.get $g) (i32.const 0x9e3779b1)))
              (br_if $hit (i32.load8_u (i32.shr_u (local.get $h) (i32.const 14))))
              (local.set $p (i32.add (local.get $p) (local.get $stride)))
              (local.set $g (i32.load (local.get $p)))
              (local.set $h (i32.mul (local.get $g) (i32.const 0x9e3779b1)))
              (br_if $hit (i32.load8_u (i32.shr_u (local.get $h) (i32.const 14))))
              (local.set $p (i32.add (local.get $p) (local.get $stride)))
              (local.set $g (i32.load (local.get $p)))
              (local.set $h (i32.mul (local.get $g) (i32.const 0x9e3779b1)))
              (br_if $hit (i32.load8_u (i32.shr_u (local.get $h) (i32.const 14))))
              (local.set $p (i32.add (local.get $p) (local.get $stride)))
              (br $fours)))
          (loop $probe
            (br_if $done (i32.gt_s (local.get $p) (local.get $last)))
            (local.set $g (i32.load (local.get $p)))
            (local.set $h (i32.mul (local.get $g) (i32.const 0x9e3779b1)))
            (br_if $hit (i32.load8_u (i32.shr_u (local.get $h) (i32.const 14))))
            (local.set $p (i32.add (local.get $p) (local.get $stride)))
            (br $probe)))
        ;; The gate (prefilter-gate.ts): on, to the groups, only when one of the bucket's
        ;; five checks passes: eight input bytes holding the gram, at the check's distance
        ;; from p, masked, equal its value. (Written out: V8 inlines no WebAssembly calls.)
        (local.set $gate (i32.add (i32.const 327680) (i32.shl (i32.shr_u (local.get $h) (i32.const 20)) (i32.const 7))))
        (if (i32.or
              (i32.or
                (i32.or
                  (i64.eq
                    (i64.and
                      (i64.load (i32.add (local.get $p) (i32.load offset=80 (local.get $gate))))
                      (i64.load offset=8 (local.get $gate)))
                    (i64.load offset=0 (local.get $gate)))
                  (i64.eq
                    (i64.and
                      (i64.load (i32.add (local.get $p) (i32.load offset=84 (local.get $gate))))
                      (i64.load offset=24 (local.get $gate)))
                    (i64.load offset=16 (local.get $gate))))
                (i32.or
                  (i64.eq
                    (i64.and
                      (i64.load (i32.add (local.get $p) (i32.load offset=88 (local.get $gate))))
                      (i64.load offset=40 (local.get $gate)))
                    (i64.load offset=32 (local.get $gate)))
                  (i64.eq
                    (i64.and
                      (i64.load (i32.add (local.get $p) (i32.load offset=92 (local.get $gate))))
                      (i64.load offset=56 (local.get $gate)))
                    (i64.load offset=48 (local.get $gate)))))
              (i64.eq
                (i64.and
                  (i64.load (i32.add (local.get $p) (i32.load offset=96 (local.get $gate))))
                  (i64.load offset=72 (local.get $gate)))
                (i64.load offset=64 (local.get $gate))))
          (then
            (local.set $group (i32.load offset=262144 (i32.shl (i32.shr_u (local.get $h) (i32.const 20)) (i32.const 3))))
            (local.set $groupsEnd (i32.load offset=262148 (i32.shl (i32.shr_u (local.get $h) (i32.const 20)) (i32.const 3))))
            (block $groupsDone
              (loop $nextGroup
                (br_if $groupsDone (i32.ge_u (local.get $group) (local.get $groupsEnd)))
                (if (i32.eq (i32.load (local.get $group)) (local.get $g))
                  (then
                    ;; Anchors holding this gram at this offset would start here.
                    (local.set $info (i32.load offset=4 (local.get $group)))
                    (local.set $offset (i32.and (local.get $info) (i32.const 0xffff)))
                    (local.set $start (i32.sub (local.get $p) (local.get $offset)))
                    (if (i32.and
                          (i32.and
                            (i32.ge_s (local.get $start) (local.get $lowest))
                            (i32.lt_s (local.get $start) (local.get $to)))
                          (i32.and
                            (i32.le_s (i32.add (local.get $start) (i32.const 6)) (local.get $end))
                            ;; (The four bytes all its anchors begin with, when they do.)
                            (i32.or
                              (i32.eqz (i32.and (local.get $info) (i32.const 0x10000)))
                              (i32.eq (i32.load (local.get $start)) (i32.load offset=8 (local.get $group))))))
                      (then
                        (local.set $record (i32.load offset=12 (local.get $group)))
                        (if (local.get $record)
                          (then
                            ;; One anchor: its record.
                            (local.set $recordsEnd (i32.add (local.get $record) (i32.const 16))))
                          (else
                            ;; Several: those with the same first six bytes.
                            (local.set $low (i32.load (local.get $start)))
                            (local.set $high (i32.load16_u offset=4 (local.get $start)))
                            (local.set $i (i32.shl (call $prefixSlot (local.get $low) (local.get $high)) (i32.const 3)))
                            (local.set $record (i32.load offset=294912 (local.get $i)))
                            (local.set $recordsEnd (i32.load offset=294916 (local.get $i)))))
                        (block $recordsDone
                          (loop $nextRecord
                            (br_if $recordsDone (i32.ge_u (local.get $record) (local.get $recordsEnd)))
                            (local.set $info (i32.load offset=4 (local.get $record)))
                            ;; The same first six bytes, and this offset in the anchor's window (so
                            ;; each occurrence is found at one sampled position only)…
                            (if (i32.and
                                  (i32.and
                                    (i32.eq (i32.load (local.get $record)) (i32.load (local.get $start)))
                                    (i32.eq
                                      (i32.and (local.get $info) (i32.const 0xffff))
                                      (i32.load16_u offset=4 (local.get $start))))
                                  (i32.and
                                    (i32.ge_u (local.get $offset) (i32.shr_u (local.get $info) (i32.const 16)))
                                    (i32.lt_u
                                      (local.get $offset)
                                      (i32.add (i32.shr_u (local.get $info) (i32.const 16)) (local.get $stride)))))
                              (then
                                (local.set $len (i32.load offset=12 (local.get $record)))
                                (if (i32.le_s (i32.add (local.get $start) (local.get $len)) (local.get $end))
                                  (then
                                    ;; …then the rest of the anchor.
                                    (local.set $a (i32.load offset=8 (local.get $record)))
                                    (local.set $i (i32.const 6))
                                    (block $differ
                                      (loop $compare
                                        (br_if $differ (i32.ge_u (local.get $i) (local.get $len)))
                                        (br_if $differ
                                          (i32.ne
                                            (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                                            (i32.load8_u (i32.add (local.get $start) (local.get $i)))))
                                        (local.set $i (i32.add (local.get $i) (i32.const 1)))
                                        (br $compare)))
                                    (if (i32.eq (local.get $i) (local.get $len))
                                      (then
                                        (i32.store
                                          (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3)))
                                          (local.get $start))
                                        (i32.store offset=4
                                          (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3)))
                                          (local.get $record))
                                        (local.set $n (i32.add (local.get $n) (i32.const 1)))))))))
                            (local.set $record (i32.add (local.get $record) (i32.const 16)))
                            (br $nextRecord)))))))
                (local.set $group (i32.add (local.get $group) (i32.const 16)))
                (br $nextGroup)))
            ;; Output full: the caller resumes at the next sampled position.
            (if (i32.ge_u (local.get $n) (local.get $max))
              (then
                (global.set $resume (i32.add (local.get $p) (local.get $stride)))
                (br $done)))))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (br $next)))
    (local.get $n))

  ;; Unpacks the tables (zero-runs.ts's packing, `length` bytes at `from`) into memory from 0,
  ;; which is all zero still: runs of (LEB128 zeros, LEB128 literal length, the literal bytes).
  ;; Returns where the tables end. Here, not in JS: 9 000 runs unpacked by a loop that nothing
  ;; has compiled yet took ~15 ms at every start.
  (func (export "unpack") (param $from i32) (param $length i32) (result i32)
    (local $read i32) (local $end i32) (local $at i32) (local $value i32) (local $shift i32) (local $byte i32)
    (local $run i32) (local $end8 i32) (local $stop i32)
    (local.set $read (local.get $from))
    (local.set $end (i32.add (local.get $from) (local.get $length)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $read) (local.get $end)))
        ;; Two lengths: the zeros (passed over), then the literal bytes (copied).
        (local.set $run (i32.const 0))
        (loop $lengths
          (local.set $value (i32.const 0))
          (local.set $shift (i32.const 0))
          (loop $digits
            (local.set $byte (i32.load8_u (local.get $read)))
            (local.set $read (i32.add (local.get $read) (i32.const 1)))
            (local.set $value
              (i32.or (local.get $value) (i32.shl (i32.and (local.get $byte) (i32.const 0x7f)) (local.get $shift))))
            (local.set $shift (i32.add (local.get $shift) (i32.const 7)))
            (br_if $digits (i32.and (local.get $byte) (i32.const 0x80))))
          (if (i32.eqz (local.get $run))
            (then
              (local.set $at (i32.add (local.get $at) (local.get $value)))
              (local.set $run (i32.const 1))
              (br $lengths))))
        ;; (Copied here eight bytes at a time, then byte by byte: memory.copy, a call out of
        ;; the module, cost ~0.5 µs for each of the 9 000 runs.)
        (local.set $end8 (i32.add (local.get $read) (i32.and (local.get $value) (i32.const -8))))
        (local.set $stop (i32.add (local.get $read) (local.get $value)))
        (block $words
          (loop $word
            (br_if $words (i32.ge_u (local.get $read) (local.get $end8)))
            (i64.store (local.get $at) (i64.load (local.get $read)))
            (local.set $at (i32.add (local.get $at) (i32.const 8)))
            (local.set $read (i32.add (local.get $read) (i32.const 8)))
            (br $word)))
        (block $bytes
          (loop $byte
            (br_if $bytes (i32.ge_u (local.get $read) (local.get $stop)))
            (i32.store8 (local.get $at) (i32.load8_u (local.get $read)))
            (local.set $at (i32.add (local.get $at) (i32.const 1)))
            (local.set $read (i32.add (local.get $read) (i32.const 1)))
            (br $byte)))
        (br $next)))
    (local.get $at))

  ;; Newline bytes in [from, to), sixteen bytes at a time: each lane of $lanes counts
  ;; the newlines it saw (an equal lane is -1, so subtracting adds one), and is added
  ;; into $sum before it can overflow (at most 255 rounds).
  (func (export "newlines") (param $from i32) (param $to i32) (result i32)
    (local $p i32) (local $n i32) (local $rounds i32) (local $lanes v128) (local $sum v128) (local $newline v128)
    (local.set $p (local.get $from))
    (local.set $newline (i8x16.splat (i32.const 10)))
    (block $wide
      (loop $batch
        (br_if $wide (i32.gt_s (i32.add (local.get $p) (i32.const 16)) (local.get $to)))
        (local.set $lanes (v128.const i32x4 0 0 0 0))
        (local.set $rounds (i32.const 255))
        (block $full
          (loop $chunk
            (br_if $full (i32.gt_s (i32.add (local.get $p) (i32.const 16)) (local.get $to)))
            (local.set $lanes
              (i8x16.sub (local.get $lanes) (i8x16.eq (v128.load (local.get $p)) (local.get $newline))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (local.set $rounds (i32.sub (local.get $rounds) (i32.const 1)))
            (br_if $chunk (local.get $rounds))))
        (local.set $sum
          (i32x4.add (local.get $sum)
            (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $lanes)))))
        (br $batch)))
    (local.set $n
      (i32.add
        (i32.add (i32x4.extract_lane 0 (local.get $sum)) (i32x4.extract_lane 1 (local.get $sum)))
        (i32.add (i32x4.extract_lane 2 (local.get $sum)) (i32x4.extract_lane 3 (local.get $sum)))))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_s (local.get $p) (local.get $to)))
        (local.set $n (i32.add (local.get $n) (i32.eq (i32.load8_u (local.get $p)) (i32.const 10))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $byte)))
    (local.get $n))
)
