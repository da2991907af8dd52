"""The thinc backend eventwire's networks run on (eventwire.ops)."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from eventwire import pipeline
from eventwire.ops import BlasOps


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_gives_thincs_products(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(3)
    x = rng.random((7, 5) if not trans1 else (5, 7), dtype="float32")
    y = rng.random((5, 4) if not trans2 else (4, 5), dtype="float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert numpy.allclose(BlasOps().gemm(x, y, trans1=trans1, trans2=trans2), expected, atol=1e-5)
    out = numpy.full((7, 4), 9.0, dtype="float32")  # written over, never added to
    assert BlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    assert numpy.allclose(out, expected, atol=1e-5)


def test_the_loaded_pipeline_runs_on_blas_ops() -> None:
    nlp = pipeline.load_base()
    assert isinstance(nlp.get_pipe("tok2vec").model.ops, BlasOps)
    assert isinstance(nlp.get_pipe("parser").model.get_ref("tok2vec").ops, BlasOps)
