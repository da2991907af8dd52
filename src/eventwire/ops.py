"""The thinc backend eventwire's networks run on: thinc's NumPy ops with matrix products through NumPy's BLAS."""

from __future__ import annotations

import numpy
from thinc.api import NumpyOps, registry, set_current_ops
from thinc.types import Floats2d


@registry.ops("BlasOps")
class BlasOps(NumpyOps):
    """thinc's CPU ops with `gemm` through numpy.matmul (OpenBLAS, tuned per CPU when NumPy loads) instead of the
    blis build thinc ships, which on AMD EPYC cores ran 3x slower (19 against 57-78 GFLOPS on one core, `python
    bench/throughput.py` gives the whole-pipeline figures). Every other operation is thinc's own; the results are
    the same up to float rounding."""

    name = "blas"

    def gemm(self, x: Floats2d, y: Floats2d, out: Floats2d | None = None, trans1: bool = False,
             trans2: bool = False) -> Floats2d:
        """x @ y, either transposed first, written into `out` when given."""
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def use_blas() -> None:
    """Make BlasOps the current ops: every network built or loaded afterwards in this context runs on them."""
    set_current_ops(BlasOps())
