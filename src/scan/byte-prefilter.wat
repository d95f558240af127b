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
;; Memory layout (byte offsets, fixed):
;;   0      a bitmap of 2^18 bits: bit (h >> 14) set for every gram's hash h
;;   32768  4096 buckets (h >> 20): u32 first entry address, u32 end address
;;   65536  entries, 12 bytes each: u32 gram, u32 anchor bytes address, u32 length << 16 | gram offset
;; then the anchors' bytes, the input and the output, where JS puts them.
(module
  (memory (export "memory") 1)
  ;; Where scan() stopped when the output was full: resume there.
  (global $resume (export "resume") (mut i32) (i32.const 0))

  ;; Occurrences starting in [lowest, to) and ending by `end`, sampled from `from` on,
  ;; written to `out` as (u32 start, u32 entry address) pairs, at most `max` of them
  ;; (past that, the caller resumes sampling at `resume` with the same `lowest`);
  ;; returns how many. `reach` is the largest gram offset. Starts come out in
  ;; increasing order, except within the anchors' windows.
  (func (export "scan")
    (param $from i32) (param $lowest i32) (param $to i32) (param $end i32) (param $stride i32) (param $reach i32)
    (param $out i32) (param $max i32)
    (result i32)
    (local $p i32) (local $last i32) (local $g i32) (local $h i32) (local $e i32) (local $eEnd i32)
    (local $n i32) (local $start i32) (local $len i32) (local $a i32) (local $i i32) (local $info i32)
    (local.set $p (local.get $from))
    ;; The last sampled position that can lie in an anchor starting before `to`, and
    ;; the last at which four bytes can be read.
    (local.set $last (i32.add (local.get $to) (local.get $reach)))
    (if (i32.gt_u (local.get $last) (i32.sub (local.get $end) (i32.const 4)))
      (then (local.set $last (i32.sub (local.get $end) (i32.const 4)))))
    (block $done
      (loop $next
        (br_if $done (i32.gt_s (local.get $p) (local.get $last)))
        (local.set $g (i32.load (local.get $p)))
        (local.set $h (i32.mul (local.get $g) (i32.const 0x9e3779b1)))
        (if (i32.and
              (i32.load8_u (i32.shr_u (local.get $h) (i32.const 17)))
              (i32.shl (i32.const 1) (i32.and (i32.shr_u (local.get $h) (i32.const 14)) (i32.const 7))))
          (then
            (local.set $e (i32.load offset=32768 (i32.shl (i32.shr_u (local.get $h) (i32.const 20)) (i32.const 3))))
            (local.set $eEnd (i32.load offset=32772 (i32.shl (i32.shr_u (local.get $h) (i32.const 20)) (i32.const 3))))
            (block $bucketDone
              (loop $entry
                (br_if $bucketDone (i32.ge_u (local.get $e) (local.get $eEnd)))
                (if (i32.eq (i32.load (local.get $e)) (local.get $g))
                  (then
                    (local.set $info (i32.load offset=8 (local.get $e)))
                    (local.set $start (i32.sub (local.get $p) (i32.and (local.get $info) (i32.const 0xffff))))
                    (local.set $len (i32.shr_u (local.get $info) (i32.const 16)))
                    (if (i32.and
                          (i32.and
                            (i32.ge_s (local.get $start) (local.get $lowest))
                            (i32.lt_s (local.get $start) (local.get $to)))
                          (i32.le_s (i32.add (local.get $start) (local.get $len)) (local.get $end)))
                      (then
                        ;; The gram matched; compare the rest of the anchor.
                        (local.set $a (i32.load offset=4 (local.get $e)))
                        (local.set $i (i32.const 0))
                        (block $differ
                          (loop $compare
                            (br_if $differ
                              (i32.ne
                                (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                                (i32.load8_u (i32.add (local.get $start) (local.get $i)))))
                            (local.set $i (i32.add (local.get $i) (i32.const 1)))
                            (br_if $compare (i32.lt_u (local.get $i) (local.get $len)))))
                        (if (i32.eq (local.get $i) (local.get $len))
                          (then
                            (i32.store (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3))) (local.get $start))
                            (i32.store offset=4
                              (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3)))
                              (local.get $e))
                            (local.set $n (i32.add (local.get $n) (i32.const 1)))))))))
                (local.set $e (i32.add (local.get $e) (i32.const 12)))
                (br $entry)))
            ;; Output full: the caller resumes at the next sampled position.
            (if (i32.ge_u (local.get $n) (local.get $max))
              (then
                (global.set $resume (i32.add (local.get $p) (local.get $stride)))
                (br $done)))))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (br $next)))
    (local.get $n))

  ;; Newline bytes in [from, to), sixteen bytes at a time.
  (func (export "newlines") (param $from i32) (param $to i32) (result i32)
    (local $p i32) (local $n i32)
    (local.set $p (local.get $from))
    (block $wide
      (loop $chunk
        (br_if $wide (i32.gt_s (i32.add (local.get $p) (i32.const 16)) (local.get $to)))
        (local.set $n
          (i32.add (local.get $n)
            (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load (local.get $p)) (i8x16.splat (i32.const 10)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_s (local.get $p) (local.get $to)))
        (local.set $n (i32.add (local.get $n) (i32.eq (i32.load8_u (local.get $p)) (i32.const 10))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $byte)))
    (local.get $n))
)
