// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CompositeSettings.h"

#include <QDialog>
#include <QList>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class Workspace;

/**
 * "Composite Score Weights": the user's weight (0–100) for every metric of the active
 * framework and the entropy share in percent, with a live preview of each metric's
 * entropy weight and blended weight over the weeks the Dashboard scores.
 *
 * Restore Defaults puts every weight back to 1 and the share to 60 % in the dialog
 * only. OK stores everything through Workspace::setCompositeSettings, one transaction
 * that emits compositeSettingsChanged(); a refusal is shown in red and the dialog stays
 * open. Cancel and Escape store nothing.
 */
class WeightsDialog : public QDialog
{
    Q_OBJECT

public:
    /** The workspace must outlive the dialog. */
    explicit WeightsDialog(Workspace& workspace, QWidget* parent = nullptr);

    /** The weights and the share as the dialog shows them now. */
    CompositeSettings settings() const;

    void accept() override;

private:
    void restoreDefaults();
    void updatePreview();

    Workspace& m_workspace;
    /**
     * The framework's metrics when the dialog opened, and one of each widget per metric:
     * a reload while the dialog is open must not shift rows onto other metrics.
     */
    QStringList m_metricKeys;
    QList<QDoubleSpinBox*> m_weights;
    QList<QLabel*> m_entropy;
    QList<QLabel*> m_blended;
    QSpinBox* m_share;
    QLabel* m_error;
};
