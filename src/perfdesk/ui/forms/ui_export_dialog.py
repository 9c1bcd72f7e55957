# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 260)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.pathLabel = QLabel(ExportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(ExportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.orientationLabel = QLabel(ExportDialog)
        self.orientationLabel.setObjectName(u"orientationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orientationLabel)

        self.orientationCombo = QComboBox(ExportDialog)
        self.orientationCombo.setObjectName(u"orientationCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.orientationCombo)

        self.fontSizeLabel = QLabel(ExportDialog)
        self.fontSizeLabel.setObjectName(u"fontSizeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fontSizeLabel)

        self.fontSizeSpin = QDoubleSpinBox(ExportDialog)
        self.fontSizeSpin.setObjectName(u"fontSizeSpin")
        self.fontSizeSpin.setMaximumSize(QSize(120, 16777215))
        self.fontSizeSpin.setDecimals(1)
        self.fontSizeSpin.setMinimum(6.000000000000000)
        self.fontSizeSpin.setMaximum(36.000000000000000)
        self.fontSizeSpin.setSingleStep(0.500000000000000)
        self.fontSizeSpin.setValue(12.000000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fontSizeSpin)

        self.headingsAsWrittenCheck = QCheckBox(ExportDialog)
        self.headingsAsWrittenCheck.setObjectName(u"headingsAsWrittenCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.headingsAsWrittenCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.checksLabel = QLabel(ExportDialog)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.checksLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
        self.pathLabel.setBuddy(self.pathEdit)
        self.orientationLabel.setBuddy(self.orientationCombo)
        self.fontSizeLabel.setBuddy(self.fontSizeSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
        self.buttonBox.accepted.connect(ExportDialog.accept)
        self.buttonBox.rejected.connect(ExportDialog.reject)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u532f\u51fa\u5831\u8868", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"\u683c\u5f0f(&F)", None))
        self.pathLabel.setText(QCoreApplication.translate("ExportDialog", u"\u8f38\u51fa\u6a94(&O)", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"\u700f\u89bd(&B)\u2026", None))
        self.orientationLabel.setText(QCoreApplication.translate("ExportDialog", u"\u65b9\u5411(&R)", None))
        self.fontSizeLabel.setText(QCoreApplication.translate("ExportDialog", u"\u5b57\u7d1a(&S)", None))
        self.fontSizeSpin.setSuffix(QCoreApplication.translate("ExportDialog", u" \u9ede", None))
        self.headingsAsWrittenCheck.setText(QCoreApplication.translate("ExportDialog", u"\u69cb\u9762\u6a19\u984c\u7167\u539f\u6587(&W)\uff0c\u4e0d\u7d71\u4e00\u70ba\u300c\u69cb\u9762\u4e00\uff1a\u57fa\u790e\u670d\u52d9\uff08200 \u5206\uff09\u300d", None))
    # retranslateUi

