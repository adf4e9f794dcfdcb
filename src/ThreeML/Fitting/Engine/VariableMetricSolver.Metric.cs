namespace ThreeML.Fitting;

/// <summary>The metric of the MIGRAD iteration: the diagonal restart, the full-Hessian metric, the warm metric of a
/// continued run, and the Newton polish that puts a converged point at the bottom of its quadratic model.</summary>
internal sealed partial class VariableMetricSolver
{
    /// <summary>Takes the Newton step −V g of the current metric if it lowers the objective; returns whether it moved.</summary>
    /// <remarks>One evaluation moves a converged fit from "within the EDM goal" to the bottom of the local quadratic.</remarks>
    private bool Polish()
    {
        SymmetricMatrix.NewtonStep(_v, _g, _d);
        for (int k = 0; k < _u.Length; k++)
        {
            _trial[k] = _u[k] + _d[k];
        }

        double fNew = _f.Evaluate(_trial);
        if (!(fNew < _fu))
        {
            return false;
        }

        _trial.CopyTo(_u, 0);
        _fu = fNew;
        return true;
    }

    /// <summary>Sets V from the covariance of the run being continued, mapped to internal coordinates: V = J⁻¹ C J⁻ᵀ / (2 errordef).</summary>
    /// <returns>Whether a usable (finite, positive-definite) warm metric was set; not when the seed had to move the start.</returns>
    private bool WarmMetric(double startValue)
    {
        if (_f.Problem.WarmCovariance is not { } covariance || _fu != startValue)
        {
            return false;
        }

        int n = _u.Length;
        var internalCovariance = new double[n, n];
        for (int a = 0; a < n; a++)
        {
            double ja = _f.Transform(a).Derivative(_u[a]);
            for (int b = 0; b < n; b++)
            {
                double jb = _f.Transform(b).Derivative(_u[b]);
                double value = covariance[_f.FreeIndex(a), _f.FreeIndex(b)] / (2 * _f.ErrorDefinition * ja * jb);
                if (!double.IsFinite(value))
                {
                    return false;
                }

                internalCovariance[a, b] = value;
            }
        }

        // A covariance that is not positive definite would not give a descent direction: fall back to the diagonal.
        if (!SymmetricMatrix.TryInvertPositiveDefinite(internalCovariance, out _))
        {
            return false;
        }

        Array.Copy(internalCovariance, _v, internalCovariance.Length);
        return true;
    }

    private void RestartDiagonal()
    {
        SymmetricMatrix.SetDiagonalInverse(_v, _g2, _gradient.Steps, _f.ErrorDefinition);
        _metricFromHessian = false;
    }

    /// <summary>Whether another Hessian may resume the iterations: three always, up to twelve while each one is followed by a real descent.</summary>
    /// <remarks>Long, nearly flat valleys (Wood's function beyond its saddle) need many metric refreshes; a fit that no longer descends needs none.</remarks>
    private bool MayComputeHessian() =>
        _hessians < MaxHessians || (_hessians < MaxHessiansWhileDescending && _fAtLastHessian - _fu > 10 * _edmGoal);

    /// <summary>Replaces V with the inverse of a full numerical Hessian at the current point.</summary>
    /// <param name="gradientFromHessian">Whether g is replaced by the Hessian's central gradient (when the point moved since g was computed).</param>
    private string? UseHessianMetric(bool gradientFromHessian = false)
    {
        _hessians++;
        _fAtLastHessian = _fu;
        int n = _u.Length;
        var hessian = new double[n, n];
        for (int k = 0; k < n; k++)
        {
            // Start from the step at which ½ g₂ h² equals the Hessian's target change.
            double g2 = _g2[k];
            double aim = HessianCalculator.Aim(_fu, _f.ErrorDefinition);
            _hesseSteps[k] = g2 > 0 ? Math.Sqrt(2 * aim / g2) : 10 * _gradient.Steps[k];
        }

        // The Hessian's central gradient uses its larger steps; the gradient calculator's own, where it was
        // computed at this point, is more accurate and stays in _g.
        string? failure = HessianCalculator.Compute(_f, _u, _fu, _hesseSteps, _options.Strategy == 2 ? 7 : 5, hessian, _work, _g2);
        if (failure is not null)
        {
            return failure;
        }

        if (gradientFromHessian)
        {
            _work.CopyTo(_g, 0);
        }

        _hessian = hessian;
        double[,] inverse = SymmetricMatrix.InvertForcingPositiveDefinite(hessian, out _positiveDefinite);
        Array.Copy(inverse, _v, inverse.Length);
        _metricFromHessian = true;
        return null;
    }
}
