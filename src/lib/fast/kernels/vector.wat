;; The elementwise loops of a training step (kernels' VectorOps), four numbers at a time. Module
;; fields only: scripts/build-wasm.mjs splices this file into gemm.wat at its `;; @include
;; vector.wat` line. Pointers are byte offsets; every loop ends with the last n mod 4 numbers one
;; by one. Each computes exactly what the plain loops of vector-typed.ts compute in float32.

  ;; Z[r][j] += b[j], A = Z > 0 ? Z : 0 (NaN and −0 give 0), for rows × cols of Z and A stored
  ;; ld numbers a row (a part of a product's columns: ld > cols). Returns 1 when every z is finite
  ;; (z − z is 0 for finite z, NaN for NaN and ±∞), 0 otherwise.
  (func (export "biasRelu") (param $z i32) (param $a i32) (param $b i32) (param $rows i32) (param $cols i32) (param $ld i32) (result i32)
    (local $r i32) (local $j i32) (local $v v128) (local $bad v128) (local $s f32) (local $bj i32) (local $vec i32) (local $skip i32)
    (local.set $vec (i32.and (local.get $cols) (i32.const -4)))
    (local.set $skip (i32.shl (i32.sub (local.get $ld) (local.get $cols)) (i32.const 2)))
    (block $re (loop $rl
      (br_if $re (i32.ge_u (local.get $r) (local.get $rows)))
      (local.set $j (i32.const 0))
      (local.set $bj (local.get $b))
      (block $je (loop $jl
        (br_if $je (i32.ge_u (local.get $j) (local.get $vec)))
        (local.set $v (f32x4.add (v128.load (local.get $z)) (v128.load (local.get $bj))))
        (v128.store (local.get $z) (local.get $v))
        (v128.store (local.get $a) (v128.and (local.get $v) (f32x4.gt (local.get $v) (v128.const f32x4 0 0 0 0))))
        (local.set $bad (v128.or (local.get $bad)
          (f32x4.ne (f32x4.sub (local.get $v) (local.get $v)) (v128.const f32x4 0 0 0 0))))
        (local.set $z (i32.add (local.get $z) (i32.const 16)))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $bj (i32.add (local.get $bj) (i32.const 16)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $jl)))
      (block $te (loop $tl
        (br_if $te (i32.ge_u (local.get $j) (local.get $cols)))
        (local.set $s (f32.add (f32.load (local.get $z)) (f32.load (local.get $bj))))
        (f32.store (local.get $z) (local.get $s))
        (f32.store (local.get $a) (select (local.get $s) (f32.const 0) (f32.gt (local.get $s) (f32.const 0))))
        (if (f32.ne (f32.sub (local.get $s) (local.get $s)) (f32.const 0))
          (then (local.set $bad (v128.const i32x4 -1 -1 -1 -1))))
        (local.set $z (i32.add (local.get $z) (i32.const 4)))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (local.set $bj (i32.add (local.get $bj) (i32.const 4)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $tl)))
      (local.set $z (i32.add (local.get $z) (local.get $skip)))
      (local.set $a (i32.add (local.get $a) (local.get $skip)))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rl)))
    (i32.eqz (v128.any_true (local.get $bad))))

  ;; G = 0 wherever Z > 0 fails (relu′(z) = 0 for z ≤ 0), over n numbers.
  (func (export "reluMask") (param $z i32) (param $g i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $g) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $e (loop $l
      (br_if $e (i32.ge_u (local.get $g) (local.get $end)))
      (v128.store (local.get $g) (v128.and (v128.load (local.get $g))
        (f32x4.gt (v128.load (local.get $z)) (v128.const f32x4 0 0 0 0))))
      (local.set $g (i32.add (local.get $g) (i32.const 16)))
      (local.set $z (i32.add (local.get $z) (i32.const 16)))
      (br $l)))
    (local.set $end (i32.add (local.get $end) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
    (block $e (loop $l
      (br_if $e (i32.ge_u (local.get $g) (local.get $end)))
      (if (i32.eqz (f32.gt (f32.load (local.get $z)) (f32.const 0))) (then (f32.store (local.get $g) (f32.const 0))))
      (local.set $g (i32.add (local.get $g) (i32.const 4)))
      (local.set $z (i32.add (local.get $z) (i32.const 4)))
      (br $l))))

  ;; G *= s over rows × cols of G stored ld numbers a row, each product rounded once from double,
  ;; as a Float32Array's *= does.
  (func (export "scale") (param $g i32) (param $rows i32) (param $cols i32) (param $ld i32) (param $s f64)
    (local $r i32) (local $end i32) (local $skip i32) (local $v v128) (local $sv v128)
    (local.set $sv (f64x2.splat (local.get $s)))
    (local.set $skip (i32.shl (i32.sub (local.get $ld) (local.get $cols)) (i32.const 2)))
    (block $re (loop $rl
      (br_if $re (i32.ge_u (local.get $r) (local.get $rows)))
      (local.set $end (i32.add (local.get $g) (i32.shl (i32.and (local.get $cols) (i32.const -4)) (i32.const 2))))
      (block $e (loop $l
        (br_if $e (i32.ge_u (local.get $g) (local.get $end)))
        (local.set $v (v128.load (local.get $g)))
        (v128.store (local.get $g) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4 (local.get $v)) (local.get $sv)))
          (f32x4.demote_f64x2_zero (f64x2.mul
            (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))
            (local.get $sv)))))
        (local.set $g (i32.add (local.get $g) (i32.const 16)))
        (br $l)))
      (local.set $end (i32.add (local.get $end) (i32.shl (i32.and (local.get $cols) (i32.const 3)) (i32.const 2))))
      (block $e (loop $l
        (br_if $e (i32.ge_u (local.get $g) (local.get $end)))
        (f32.store (local.get $g) (f32.demote_f64 (f64.mul (f64.promote_f32 (f32.load (local.get $g))) (local.get $s))))
        (local.set $g (i32.add (local.get $g) (i32.const 4)))
        (br $l)))
      (local.set $g (i32.add (local.get $g) (local.get $skip)))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rl))))

  ;; db[j] (+)= Σ_r G[r][j] over rows × cols of G stored ld numbers a row, rows added in order (as
  ;; a Float32Array's += does), 16 columns at a time, then 4, then one by one.
  (func (export "columnSums") (param $g i32) (param $rows i32) (param $cols i32) (param $ld i32) (param $db i32) (param $add i32)
    (local $j i32) (local $r i32) (local $p i32) (local $stride i32)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $t f32)
    (local.set $stride (i32.shl (local.get $ld) (i32.const 2)))
    (block $e (loop $l
      (br_if $e (i32.gt_u (i32.add (local.get $j) (i32.const 16)) (local.get $cols)))
      (local.set $p (i32.add (local.get $db) (i32.shl (local.get $j) (i32.const 2))))
      (if (local.get $add)
        (then
          (local.set $s0 (v128.load (local.get $p)))
          (local.set $s1 (v128.load offset=16 (local.get $p)))
          (local.set $s2 (v128.load offset=32 (local.get $p)))
          (local.set $s3 (v128.load offset=48 (local.get $p))))
        (else
          (local.set $s0 (v128.const i32x4 0 0 0 0))
          (local.set $s1 (v128.const i32x4 0 0 0 0))
          (local.set $s2 (v128.const i32x4 0 0 0 0))
          (local.set $s3 (v128.const i32x4 0 0 0 0))))
      (local.set $p (i32.add (local.get $g) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $r (i32.const 0))
      (block $re (loop $rl
        (br_if $re (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $s0 (f32x4.add (local.get $s0) (v128.load (local.get $p))))
        (local.set $s1 (f32x4.add (local.get $s1) (v128.load offset=16 (local.get $p))))
        (local.set $s2 (f32x4.add (local.get $s2) (v128.load offset=32 (local.get $p))))
        (local.set $s3 (f32x4.add (local.get $s3) (v128.load offset=48 (local.get $p))))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rl)))
      (local.set $p (i32.add (local.get $db) (i32.shl (local.get $j) (i32.const 2))))
      (v128.store (local.get $p) (local.get $s0))
      (v128.store offset=16 (local.get $p) (local.get $s1))
      (v128.store offset=32 (local.get $p) (local.get $s2))
      (v128.store offset=48 (local.get $p) (local.get $s3))
      (local.set $j (i32.add (local.get $j) (i32.const 16)))
      (br $l)))
    (block $e (loop $l
      (br_if $e (i32.gt_u (i32.add (local.get $j) (i32.const 4)) (local.get $cols)))
      (local.set $p (i32.add (local.get $db) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $s0 (select (result v128) (v128.load (local.get $p)) (v128.const i32x4 0 0 0 0) (local.get $add)))
      (local.set $p (i32.add (local.get $g) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $r (i32.const 0))
      (block $re (loop $rl
        (br_if $re (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $s0 (f32x4.add (local.get $s0) (v128.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rl)))
      (v128.store (i32.add (local.get $db) (i32.shl (local.get $j) (i32.const 2))) (local.get $s0))
      (local.set $j (i32.add (local.get $j) (i32.const 4)))
      (br $l)))
    (block $e (loop $l
      (br_if $e (i32.ge_u (local.get $j) (local.get $cols)))
      (local.set $p (i32.add (local.get $db) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $t (select (f32.load (local.get $p)) (f32.const 0) (local.get $add)))
      (local.set $p (i32.add (local.get $g) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $r (i32.const 0))
      (block $re (loop $rl
        (br_if $re (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $t (f32.add (local.get $t) (f32.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rl)))
      (f32.store (i32.add (local.get $db) (i32.shl (local.get $j) (i32.const 2))) (local.get $t))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $l))))
