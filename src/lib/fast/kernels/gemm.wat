;; Single-precision matrix product in WebAssembly SIMD (f32x4):
;;   C(m×n) = op(A)·op(B) (+ C when accumulate), all row-major, op(X) = Xᵀ when its flag is set.
;;
;; GotoBLAS-style blocking. k is cut into blocks of KC = 256, op(B) into column blocks of NC = 512
;; and op(A) into row blocks of MC = 128. Each block is packed into the workspace:
;;   Bp: panels of 8 columns, Bp[(jp·kc + p)·8 + c] = op(B)(p0+p, j0+jp+c)   (512 KB, stays in L2)
;;   Ap: panels of 4 rows,    Ap[(ip·kc + p)·4 + r] = op(A)(i0+ip+r, p0+p)   (128 KB)
;; with zeros past the matrix edge, so the 4×8 register tile below never needs a bound check:
;;   c[r][0..8] += Σ_p a(r,p) · b(p, 0..8)
;; held in eight f32x4 accumulators; each step of p broadcasts four numbers of A and loads two
;; vectors of B. Every multiply-add is written in the one form
;;   (f32x4.add (local.get $c…) (f32x4.mul (local.get $a…) (local.get $b…)))
;; which scripts/build-wasm.mjs rewrites into f32x4.relaxed_madd for the relaxed-SIMD variant.
;; Where op(X) is X transposed as stored (A not transposed, B transposed: a layer's forward pass
;; and ∂E/∂A), whole panels are packed four numbers of k at a time, transposed in registers
;; (4×4 blocks of shuffles): the forward products ran 5–14% faster than packed number by number.
;; The first block of k overwrites C (unless accumulating), the later ones add to it. A product
;; with one row (batch 1) skips the packing: see gemv.wat, spliced in by the build.
;;
;; All pointers are byte offsets into the imported memory; lda, ldb, ldc are the row lengths of A,
;; B, C as stored (numbers), so a block of rows or columns of a larger product can be computed
;; alone (the two-thread split). Each thread needs its own workspace of workspaceBytes() =
;; (MC·KC + KC·NC + 32)·4 bytes: Ap, Bp and a 4×8 scratch tile for the edges.

(module
  (import "env" "memory" (memory 1))

  (global $tmp (mut i32) (i32.const 0))

  (func (export "workspaceBytes") (result i32)
    (i32.const 655488)) ;; (128·256 + 256·512 + 32)·4

  ;; Panels of 4 rows of op(A): rows i0+ip+r, columns p0..p0+kc. A's stored row length is passed
  ;; as both $m (read when transposed) and $k (read otherwise).
  (func $packA (param $transA i32) (param $a i32) (param $m i32) (param $k i32)
               (param $i0 i32) (param $mc i32) (param $p0 i32) (param $kc i32) (param $dst i32)
    (local $ip i32) (local $r i32) (local $p i32) (local $src i32) (local $stride i32) (local $d i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $ip (i32.const 0))
    (block $done (loop $panels
      (br_if $done (i32.ge_u (local.get $ip) (local.get $mc)))
      (if (i32.and (local.get $transA) (i32.le_u (i32.add (local.get $ip) (i32.const 4)) (local.get $mc)))
        (then
          ;; op(A)(i..i+4, p) = A[p][i..i+4] is contiguous: one vector per p.
          (local.set $src (i32.add (local.get $a) (i32.shl
            (i32.add (i32.mul (local.get $p0) (local.get $m)) (i32.add (local.get $i0) (local.get $ip)))
            (i32.const 2))))
          (local.set $stride (i32.shl (local.get $m) (i32.const 2)))
          (local.set $d (i32.add (local.get $dst) (i32.shl (i32.mul (local.get $ip) (local.get $kc)) (i32.const 2))))
          (local.set $p (i32.const 0))
          (block $e (loop $l
            (br_if $e (i32.ge_u (local.get $p) (local.get $kc)))
            (v128.store (local.get $d) (v128.load (local.get $src)))
            (local.set $src (i32.add (local.get $src) (local.get $stride)))
            (local.set $d (i32.add (local.get $d) (i32.const 16)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $l))))
        (else (if (i32.and (i32.eqz (local.get $transA)) (i32.le_u (i32.add (local.get $ip) (i32.const 4)) (local.get $mc)))
        (then
          ;; A stored m×k: four rows of A, four numbers of each a step, transposed in registers into
          ;; four columns of the panel (p, p+1, p+2, p+3); the last kc mod 4 one at a time.
          (local.set $src (i32.add (local.get $a) (i32.shl
            (i32.add (i32.mul (i32.add (local.get $i0) (local.get $ip)) (local.get $k)) (local.get $p0))
            (i32.const 2))))
          (local.set $stride (i32.shl (local.get $k) (i32.const 2)))
          (local.set $d (i32.add (local.get $dst) (i32.shl (i32.mul (local.get $ip) (local.get $kc)) (i32.const 2))))
          (local.set $p (i32.const 0))
          (block $e (loop $l
            (br_if $e (i32.gt_u (i32.add (local.get $p) (i32.const 4)) (local.get $kc)))
            (local.set $v0 (v128.load (local.get $src)))
            (local.set $v1 (v128.load (i32.add (local.get $src) (local.get $stride))))
            (local.set $v2 (v128.load (i32.add (local.get $src) (i32.shl (local.get $stride) (i32.const 1)))))
            (local.set $v3 (v128.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 3)))))
            ;; t0 = (a0 b0 a1 b1), t1 = (c0 d0 c1 d1), t2 = (a2 b2 a3 b3), t3 = (c2 d2 c3 d3)
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v0) (local.get $v1)))
            (local.set $t1 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v2) (local.get $v3)))
            (local.set $t2 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v0) (local.get $v1)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v2) (local.get $v3)))
            (v128.store (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t1)))
            (v128.store offset=16 (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t1)))
            (v128.store offset=32 (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t2) (local.get $t3)))
            (v128.store offset=48 (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t2) (local.get $t3)))
            (local.set $src (i32.add (local.get $src) (i32.const 16)))
            (local.set $d (i32.add (local.get $d) (i32.const 64)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $l)))
          (block $e (loop $l
            (br_if $e (i32.ge_u (local.get $p) (local.get $kc)))
            (f32.store (local.get $d) (f32.load (local.get $src)))
            (f32.store offset=4 (local.get $d) (f32.load (i32.add (local.get $src) (local.get $stride))))
            (f32.store offset=8 (local.get $d) (f32.load (i32.add (local.get $src) (i32.shl (local.get $stride) (i32.const 1)))))
            (f32.store offset=12 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 3)))))
            (local.set $src (i32.add (local.get $src) (i32.const 4)))
            (local.set $d (i32.add (local.get $d) (i32.const 16)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $l))))
        (else
          (local.set $r (i32.const 0))
          (block $rows_done (loop $rows
            (br_if $rows_done (i32.ge_u (local.get $r) (i32.const 4)))
            (local.set $d (i32.add (local.get $dst) (i32.shl
              (i32.add (i32.mul (local.get $ip) (local.get $kc)) (local.get $r)) (i32.const 2))))
            (if (i32.ge_u (i32.add (local.get $ip) (local.get $r)) (local.get $mc))
              (then
                (local.set $p (i32.const 0))
                (block $e (loop $l
                  (br_if $e (i32.ge_u (local.get $p) (local.get $kc)))
                  (f32.store (local.get $d) (f32.const 0))
                  (local.set $d (i32.add (local.get $d) (i32.const 16)))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (br $l))))
              (else
                (if (local.get $transA)
                  (then ;; A stored k×m: op(A)(i, p) = A[p·m + i]
                    (local.set $src (i32.add (local.get $a) (i32.shl (i32.add
                      (i32.mul (local.get $p0) (local.get $m))
                      (i32.add (i32.add (local.get $i0) (local.get $ip)) (local.get $r))) (i32.const 2))))
                    (local.set $stride (i32.shl (local.get $m) (i32.const 2))))
                  (else ;; A stored m×k: op(A)(i, p) = A[i·k + p]
                    (local.set $src (i32.add (local.get $a) (i32.shl (i32.add
                      (i32.mul (i32.add (i32.add (local.get $i0) (local.get $ip)) (local.get $r)) (local.get $k))
                      (local.get $p0)) (i32.const 2))))
                    (local.set $stride (i32.const 4))))
                (local.set $p (i32.const 0))
                (block $e (loop $l
                  (br_if $e (i32.ge_u (local.get $p) (local.get $kc)))
                  (f32.store (local.get $d) (f32.load (local.get $src)))
                  (local.set $src (i32.add (local.get $src) (local.get $stride)))
                  (local.set $d (i32.add (local.get $d) (i32.const 16)))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (br $l)))))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $rows)))))))
      (local.set $ip (i32.add (local.get $ip) (i32.const 4)))
      (br $panels))))

  ;; Panels of 8 columns of op(B): rows p0..p0+kc, columns j0+jp+c. B's stored row length is
  ;; passed as both $n (read when not transposed) and $k (read when transposed).
  (func $packB (param $transB i32) (param $b i32) (param $n i32) (param $k i32)
               (param $p0 i32) (param $kc i32) (param $j0 i32) (param $nc i32) (param $dst i32)
    (local $jp i32) (local $c i32) (local $p i32) (local $src i32) (local $stride i32) (local $d i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $v4 v128) (local $v5 v128) (local $v6 v128) (local $v7 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $jp (i32.const 0))
    (block $done (loop $panels
      (br_if $done (i32.ge_u (local.get $jp) (local.get $nc)))
      (if (i32.and (i32.eqz (local.get $transB)) (i32.le_u (i32.add (local.get $jp) (i32.const 8)) (local.get $nc)))
        (then
          ;; op(B)(p, j..j+8) = B[p][j..j+8] is contiguous: two vectors per p.
          (local.set $src (i32.add (local.get $b) (i32.shl
            (i32.add (i32.mul (local.get $p0) (local.get $n)) (i32.add (local.get $j0) (local.get $jp)))
            (i32.const 2))))
          (local.set $stride (i32.shl (local.get $n) (i32.const 2)))
          (local.set $d (i32.add (local.get $dst) (i32.shl (i32.mul (local.get $jp) (local.get $kc)) (i32.const 2))))
          (local.set $p (i32.const 0))
          (block $e (loop $l
            (br_if $e (i32.ge_u (local.get $p) (local.get $kc)))
            (v128.store (local.get $d) (v128.load (local.get $src)))
            (v128.store offset=16 (local.get $d) (v128.load offset=16 (local.get $src)))
            (local.set $src (i32.add (local.get $src) (local.get $stride)))
            (local.set $d (i32.add (local.get $d) (i32.const 32)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $l))))
        (else (if (i32.and (local.get $transB) (i32.le_u (i32.add (local.get $jp) (i32.const 8)) (local.get $nc)))
        (then
          ;; B stored n×k: eight rows of B, four numbers of each a step, transposed in registers (two
          ;; 4×4 blocks) into four rows of the panel (p … p+3); the last kc mod 4 one at a time.
          (local.set $src (i32.add (local.get $b) (i32.shl
            (i32.add (i32.mul (i32.add (local.get $j0) (local.get $jp)) (local.get $k)) (local.get $p0))
            (i32.const 2))))
          (local.set $stride (i32.shl (local.get $k) (i32.const 2)))
          (local.set $d (i32.add (local.get $dst) (i32.shl (i32.mul (local.get $jp) (local.get $kc)) (i32.const 2))))
          (local.set $p (i32.const 0))
          (block $e (loop $l
            (br_if $e (i32.gt_u (i32.add (local.get $p) (i32.const 4)) (local.get $kc)))
            (local.set $v0 (v128.load (local.get $src)))
            (local.set $v1 (v128.load (i32.add (local.get $src) (local.get $stride))))
            (local.set $v2 (v128.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 2)))))
            (local.set $v3 (v128.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 3)))))
            (local.set $v4 (v128.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 4)))))
            (local.set $v5 (v128.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 5)))))
            (local.set $v6 (v128.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 6)))))
            (local.set $v7 (v128.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 7)))))
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v0) (local.get $v1)))
            (local.set $t1 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v2) (local.get $v3)))
            (local.set $t2 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v0) (local.get $v1)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v2) (local.get $v3)))
            (v128.store offset=0 (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t1)))
            (v128.store offset=32 (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t1)))
            (v128.store offset=64 (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t2) (local.get $t3)))
            (v128.store offset=96 (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t2) (local.get $t3)))
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v4) (local.get $v5)))
            (local.set $t1 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v6) (local.get $v7)))
            (local.set $t2 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v4) (local.get $v5)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v6) (local.get $v7)))
            (v128.store offset=16 (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t1)))
            (v128.store offset=48 (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t1)))
            (v128.store offset=80 (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t2) (local.get $t3)))
            (v128.store offset=112 (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t2) (local.get $t3)))
            (local.set $src (i32.add (local.get $src) (i32.const 16)))
            (local.set $d (i32.add (local.get $d) (i32.const 128)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $l)))
          (block $e (loop $l
            (br_if $e (i32.ge_u (local.get $p) (local.get $kc)))
            (f32.store offset=0 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 0)))))
            (f32.store offset=4 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 1)))))
            (f32.store offset=8 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 2)))))
            (f32.store offset=12 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 3)))))
            (f32.store offset=16 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 4)))))
            (f32.store offset=20 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 5)))))
            (f32.store offset=24 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 6)))))
            (f32.store offset=28 (local.get $d) (f32.load (i32.add (local.get $src) (i32.mul (local.get $stride) (i32.const 7)))))
            (local.set $src (i32.add (local.get $src) (i32.const 4)))
            (local.set $d (i32.add (local.get $d) (i32.const 32)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $l))))
        (else
          (local.set $c (i32.const 0))
          (block $cols_done (loop $cols
            (br_if $cols_done (i32.ge_u (local.get $c) (i32.const 8)))
            (local.set $d (i32.add (local.get $dst) (i32.shl
              (i32.add (i32.mul (local.get $jp) (local.get $kc)) (local.get $c)) (i32.const 2))))
            (if (i32.ge_u (i32.add (local.get $jp) (local.get $c)) (local.get $nc))
              (then
                (local.set $p (i32.const 0))
                (block $e (loop $l
                  (br_if $e (i32.ge_u (local.get $p) (local.get $kc)))
                  (f32.store (local.get $d) (f32.const 0))
                  (local.set $d (i32.add (local.get $d) (i32.const 32)))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (br $l))))
              (else
                (if (local.get $transB)
                  (then ;; B stored n×k: op(B)(p, j) = B[j·k + p]
                    (local.set $src (i32.add (local.get $b) (i32.shl (i32.add
                      (i32.mul (i32.add (i32.add (local.get $j0) (local.get $jp)) (local.get $c)) (local.get $k))
                      (local.get $p0)) (i32.const 2))))
                    (local.set $stride (i32.const 4)))
                  (else ;; B stored k×n: op(B)(p, j) = B[p·n + j]
                    (local.set $src (i32.add (local.get $b) (i32.shl (i32.add
                      (i32.mul (local.get $p0) (local.get $n))
                      (i32.add (i32.add (local.get $j0) (local.get $jp)) (local.get $c))) (i32.const 2))))
                    (local.set $stride (i32.shl (local.get $n) (i32.const 2)))))
                (local.set $p (i32.const 0))
                (block $e (loop $l
                  (br_if $e (i32.ge_u (local.get $p) (local.get $kc)))
                  (f32.store (local.get $d) (f32.load (local.get $src)))
                  (local.set $src (i32.add (local.get $src) (local.get $stride)))
                  (local.set $d (i32.add (local.get $d) (i32.const 32)))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (br $l)))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $cols)))))))
      (local.set $jp (i32.add (local.get $jp) (i32.const 8)))
      (br $panels))))

  ;; The 4×8 register tile: C[r][0..8] (+)= Σ_p Ap(r,p)·Bp(p,0..8) for r < rows, columns < cols;
  ;; with $load = 0 the old C is overwritten, not added to. ldc is the byte stride between rows of C.
  (func $tile (param $kc i32) (param $ap i32) (param $bp i32) (param $c i32) (param $ldc i32)
              (param $rows i32) (param $cols i32) (param $load i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128)
    (local $end i32) (local $r i32) (local $q i32) (local $row i32)
    (local.set $end (i32.add (local.get $bp) (i32.shl (local.get $kc) (i32.const 5))))
    (block $e (loop $l
      (br_if $e (i32.ge_u (local.get $bp) (local.get $end)))
      (local.set $b0 (v128.load (local.get $bp)))
      (local.set $b1 (v128.load offset=16 (local.get $bp)))
      (local.set $a0 (v128.load32_splat (local.get $ap)))
      (local.set $a1 (v128.load32_splat offset=4 (local.get $ap)))
      (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $a0) (local.get $b0))))
      (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $a0) (local.get $b1))))
      (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $a1) (local.get $b0))))
      (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $a1) (local.get $b1))))
      (local.set $a2 (v128.load32_splat offset=8 (local.get $ap)))
      (local.set $a3 (v128.load32_splat offset=12 (local.get $ap)))
      (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $a2) (local.get $b0))))
      (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $a2) (local.get $b1))))
      (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $a3) (local.get $b0))))
      (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $a3) (local.get $b1))))
      (local.set $ap (i32.add (local.get $ap) (i32.const 16)))
      (local.set $bp (i32.add (local.get $bp) (i32.const 32)))
      (br $l)))
    (if (i32.and (i32.eq (local.get $rows) (i32.const 4)) (i32.eq (local.get $cols) (i32.const 8)))
      (then
        (if (local.get $load)
          (then
            (local.set $row (local.get $c))
            (local.set $c00 (f32x4.add (v128.load (local.get $row)) (local.get $c00)))
            (local.set $c01 (f32x4.add (v128.load offset=16 (local.get $row)) (local.get $c01)))
            (local.set $row (i32.add (local.get $row) (local.get $ldc)))
            (local.set $c10 (f32x4.add (v128.load (local.get $row)) (local.get $c10)))
            (local.set $c11 (f32x4.add (v128.load offset=16 (local.get $row)) (local.get $c11)))
            (local.set $row (i32.add (local.get $row) (local.get $ldc)))
            (local.set $c20 (f32x4.add (v128.load (local.get $row)) (local.get $c20)))
            (local.set $c21 (f32x4.add (v128.load offset=16 (local.get $row)) (local.get $c21)))
            (local.set $row (i32.add (local.get $row) (local.get $ldc)))
            (local.set $c30 (f32x4.add (v128.load (local.get $row)) (local.get $c30)))
            (local.set $c31 (f32x4.add (v128.load offset=16 (local.get $row)) (local.get $c31)))))
        (local.set $row (local.get $c))
        (v128.store (local.get $row) (local.get $c00))
        (v128.store offset=16 (local.get $row) (local.get $c01))
        (local.set $row (i32.add (local.get $row) (local.get $ldc)))
        (v128.store (local.get $row) (local.get $c10))
        (v128.store offset=16 (local.get $row) (local.get $c11))
        (local.set $row (i32.add (local.get $row) (local.get $ldc)))
        (v128.store (local.get $row) (local.get $c20))
        (v128.store offset=16 (local.get $row) (local.get $c21))
        (local.set $row (i32.add (local.get $row) (local.get $ldc)))
        (v128.store (local.get $row) (local.get $c30))
        (v128.store offset=16 (local.get $row) (local.get $c31)))
      (else
        ;; Edge tile: spill the accumulators to the 4×8 scratch and add only the valid part.
        (v128.store (global.get $tmp) (local.get $c00))
        (v128.store offset=16 (global.get $tmp) (local.get $c01))
        (v128.store offset=32 (global.get $tmp) (local.get $c10))
        (v128.store offset=48 (global.get $tmp) (local.get $c11))
        (v128.store offset=64 (global.get $tmp) (local.get $c20))
        (v128.store offset=80 (global.get $tmp) (local.get $c21))
        (v128.store offset=96 (global.get $tmp) (local.get $c30))
        (v128.store offset=112 (global.get $tmp) (local.get $c31))
        (local.set $r (i32.const 0))
        (block $re (loop $rl
          (br_if $re (i32.ge_u (local.get $r) (local.get $rows)))
          (local.set $row (i32.add (local.get $c) (i32.mul (local.get $r) (local.get $ldc))))
          (local.set $q (i32.const 0))
          (block $qe (loop $ql
            (br_if $qe (i32.ge_u (local.get $q) (local.get $cols)))
            (f32.store (i32.add (local.get $row) (i32.shl (local.get $q) (i32.const 2)))
              (f32.add
                (select
                  (f32.load (i32.add (local.get $row) (i32.shl (local.get $q) (i32.const 2))))
                  (f32.const 0)
                  (local.get $load))
                (f32.load (i32.add (global.get $tmp)
                  (i32.shl (i32.add (i32.shl (local.get $r) (i32.const 3)) (local.get $q)) (i32.const 2))))))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (br $ql)))
          (local.set $r (i32.add (local.get $r) (i32.const 1)))
          (br $rl))))))

  ;; Every tile of one packed block: rows i0..i0+mc, columns j0..j0+nc of C (n columns).
  (func $block (param $mc i32) (param $nc i32) (param $kc i32) (param $apk i32) (param $bpk i32)
               (param $c i32) (param $n i32) (param $i0 i32) (param $j0 i32) (param $load i32)
    (local $jp i32) (local $ip i32) (local $cols i32) (local $rows i32)
    (local.set $jp (i32.const 0))
    (block $je (loop $jl
      (br_if $je (i32.ge_u (local.get $jp) (local.get $nc)))
      (local.set $cols (select (i32.const 8) (i32.sub (local.get $nc) (local.get $jp))
        (i32.ge_u (i32.sub (local.get $nc) (local.get $jp)) (i32.const 8))))
      (local.set $ip (i32.const 0))
      (block $ie (loop $il
        (br_if $ie (i32.ge_u (local.get $ip) (local.get $mc)))
        (local.set $rows (select (i32.const 4) (i32.sub (local.get $mc) (local.get $ip))
          (i32.ge_u (i32.sub (local.get $mc) (local.get $ip)) (i32.const 4))))
        (call $tile (local.get $kc)
          (i32.add (local.get $apk) (i32.shl (i32.mul (local.get $ip) (local.get $kc)) (i32.const 2)))
          (i32.add (local.get $bpk) (i32.shl (i32.mul (local.get $jp) (local.get $kc)) (i32.const 2)))
          (i32.add (local.get $c) (i32.shl (i32.add
            (i32.mul (i32.add (local.get $i0) (local.get $ip)) (local.get $n))
            (i32.add (local.get $j0) (local.get $jp))) (i32.const 2)))
          (i32.shl (local.get $n) (i32.const 2))
          (local.get $rows) (local.get $cols) (local.get $load))
        (local.set $ip (i32.add (local.get $ip) (i32.const 4)))
        (br $il)))
      (local.set $jp (i32.add (local.get $jp) (i32.const 8)))
      (br $jl))))

  ;; @include gemv.wat — the one-row (batch 1) functions $dots and $axpys
  ;; @include vector.wat — the elementwise loops biasRelu, reluMask, scale, columnSums

  ;; flags: bit 0 transA, bit 1 transB, bit 2 accumulate. a, b, c, ws: byte offsets; lda, ldb, ldc:
  ;; numbers per stored row of A, B, C.
  (func (export "gemm") (param $flags i32) (param $m i32) (param $n i32) (param $k i32)
                        (param $a i32) (param $lda i32) (param $b i32) (param $ldb i32)
                        (param $c i32) (param $ldc i32) (param $ws i32)
    (local $p0 i32) (local $kc i32) (local $j0 i32) (local $nc i32) (local $i0 i32) (local $mc i32)
    (local $bpk i32)
    (if (i32.or (i32.eqz (local.get $m)) (i32.eqz (local.get $n))) (then (return)))
    (if (i32.eqz (local.get $k))
      (then
        ;; C = 0 (row by row: rows of C are ldc apart)
        (if (i32.eqz (i32.and (local.get $flags) (i32.const 4)))
          (then
            (local.set $i0 (i32.const 0))
            (block $ze (loop $zl
              (br_if $ze (i32.ge_u (local.get $i0) (local.get $m)))
              (memory.fill
                (i32.add (local.get $c) (i32.shl (i32.mul (local.get $i0) (local.get $ldc)) (i32.const 2)))
                (i32.const 0) (i32.shl (local.get $n) (i32.const 2)))
              (local.set $i0 (i32.add (local.get $i0) (i32.const 1)))
              (br $zl)))))
        (return)))
    ;; One row of C (batch 1), its row of op(A) contiguous: a matrix–vector product, no packing.
    (if (i32.and (i32.eq (local.get $m) (i32.const 1))
                 (i32.or (i32.eqz (i32.and (local.get $flags) (i32.const 1))) (i32.eq (local.get $lda) (i32.const 1))))
      (then
        (if (i32.and (local.get $flags) (i32.const 2))
          (then (call $dots (local.get $n) (local.get $k) (local.get $a) (local.get $b) (local.get $ldb) (local.get $c)
            (i32.shr_u (local.get $flags) (i32.const 2))))
          (else (call $axpys (local.get $n) (local.get $k) (local.get $a) (local.get $b) (local.get $ldb) (local.get $c)
            (i32.shr_u (local.get $flags) (i32.const 2)))))
        (return)))
    (local.set $bpk (i32.add (local.get $ws) (i32.const 131072))) ;; after Ap: 128·256·4 bytes
    (global.set $tmp (i32.add (local.get $ws) (i32.const 655360))) ;; after Bp: + 256·512·4
    (local.set $p0 (i32.const 0))
    (block $pe (loop $pl
      (br_if $pe (i32.ge_u (local.get $p0) (local.get $k)))
      (local.set $kc (select (i32.const 256) (i32.sub (local.get $k) (local.get $p0))
        (i32.ge_u (i32.sub (local.get $k) (local.get $p0)) (i32.const 256))))
      (local.set $j0 (i32.const 0))
      (block $je (loop $jl
        (br_if $je (i32.ge_u (local.get $j0) (local.get $n)))
        (local.set $nc (select (i32.const 512) (i32.sub (local.get $n) (local.get $j0))
          (i32.ge_u (i32.sub (local.get $n) (local.get $j0)) (i32.const 512))))
        (call $packB (i32.and (i32.shr_u (local.get $flags) (i32.const 1)) (i32.const 1))
          (local.get $b) (local.get $ldb) (local.get $ldb)
          (local.get $p0) (local.get $kc) (local.get $j0) (local.get $nc) (local.get $bpk))
        (local.set $i0 (i32.const 0))
        (block $ie (loop $il
          (br_if $ie (i32.ge_u (local.get $i0) (local.get $m)))
          (local.set $mc (select (i32.const 128) (i32.sub (local.get $m) (local.get $i0))
            (i32.ge_u (i32.sub (local.get $m) (local.get $i0)) (i32.const 128))))
          (call $packA (i32.and (local.get $flags) (i32.const 1))
            (local.get $a) (local.get $lda) (local.get $lda)
            (local.get $i0) (local.get $mc) (local.get $p0) (local.get $kc) (local.get $ws))
          (call $block (local.get $mc) (local.get $nc) (local.get $kc) (local.get $ws) (local.get $bpk)
            (local.get $c) (local.get $ldc) (local.get $i0) (local.get $j0)
            ;; the first block of k overwrites C unless accumulating; later blocks add
            (i32.or (i32.ne (local.get $p0) (i32.const 0)) (i32.and (local.get $flags) (i32.const 4))))
          (local.set $i0 (i32.add (local.get $i0) (i32.const 128)))
          (br $il)))
        (local.set $j0 (i32.add (local.get $j0) (i32.const 512)))
        (br $jl)))
      (local.set $p0 (i32.add (local.get $p0) (i32.const 256)))
      (br $pl))))
)
