# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_properties.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ReportPropertiesDialog(object):
    def setupUi(self, ReportPropertiesDialog):
        if not ReportPropertiesDialog.objectName():
            ReportPropertiesDialog.setObjectName(u"ReportPropertiesDialog")
        ReportPropertiesDialog.resize(640, 600)
        ReportPropertiesDialog.setMinimumSize(QSize(640, 600))
        self.mainLayout = QVBoxLayout(ReportPropertiesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.agencyLabel = QLabel(ReportPropertiesDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(ReportPropertiesDialog)
        self.agencyEdit.setObjectName(u"agencyEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.officeLabel = QLabel(ReportPropertiesDialog)
        self.officeLabel.setObjectName(u"officeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = QLineEdit(ReportPropertiesDialog)
        self.officeEdit.setObjectName(u"officeEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.yearLabel = QLabel(ReportPropertiesDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(ReportPropertiesDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.yearSpin.sizePolicy().hasHeightForWidth())
        self.yearSpin.setSizePolicy(sizePolicy)
        self.yearSpin.setMinimum(1)
        self.yearSpin.setMaximum(999)
        self.yearSpin.setValue(115)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.kindLabel = QLabel(ReportPropertiesDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReportPropertiesDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(ReportPropertiesDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleEdit = QLineEdit(ReportPropertiesDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleLayout.addWidget(self.titleEdit)

        self.titleAutoCheck = QCheckBox(ReportPropertiesDialog)
        self.titleAutoCheck.setObjectName(u"titleAutoCheck")

        self.titleLayout.addWidget(self.titleAutoCheck)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.titleLayout)

        self.frontMatterLabel = QLabel(ReportPropertiesDialog)
        self.frontMatterLabel.setObjectName(u"frontMatterLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.frontMatterLabel)

        self.frontMatterEdit = QPlainTextEdit(ReportPropertiesDialog)
        self.frontMatterEdit.setObjectName(u"frontMatterEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.frontMatterEdit.sizePolicy().hasHeightForWidth())
        self.frontMatterEdit.setSizePolicy(sizePolicy1)
        self.frontMatterEdit.setMinimumSize(QSize(0, 100))
        self.frontMatterEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.frontMatterEdit)

        self.unitsLabel = QLabel(ReportPropertiesDialog)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.unitsEdit = QPlainTextEdit(ReportPropertiesDialog)
        self.unitsEdit.setObjectName(u"unitsEdit")
        sizePolicy1.setHeightForWidth(self.unitsEdit.sizePolicy().hasHeightForWidth())
        self.unitsEdit.setSizePolicy(sizePolicy1)
        self.unitsEdit.setMinimumSize(QSize(0, 100))
        self.unitsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ReportPropertiesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.officeLabel.setBuddy(self.officeEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.frontMatterLabel.setBuddy(self.frontMatterEdit)
        self.unitsLabel.setBuddy(self.unitsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agencyEdit, self.officeEdit)
        QWidget.setTabOrder(self.officeEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.titleAutoCheck)
        QWidget.setTabOrder(self.titleAutoCheck, self.frontMatterEdit)
        QWidget.setTabOrder(self.frontMatterEdit, self.unitsEdit)

        self.retranslateUi(ReportPropertiesDialog)
        self.buttonBox.accepted.connect(ReportPropertiesDialog.accept)
        self.buttonBox.rejected.connect(ReportPropertiesDialog.reject)

        QMetaObject.connectSlotsByName(ReportPropertiesDialog)
    # setupUi

    def retranslateUi(self, ReportPropertiesDialog):
        ReportPropertiesDialog.setWindowTitle(QCoreApplication.translate("ReportPropertiesDialog", u"\u5831\u544a\u5c6c\u6027", None))
        self.agencyLabel.setText(QCoreApplication.translate("ReportPropertiesDialog", u"\u6a5f\u95dc(&A)", None))
        self.officeLabel.setText(QCoreApplication.translate("ReportPropertiesDialog", u"\u55ae\u4f4d(&O)", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportPropertiesDialog", u"\u5e74\u5ea6\uff08\u6c11\u570b\uff09(&Y)", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("ReportPropertiesDialog", u" \u5e74", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportPropertiesDialog", u"\u985e\u578b(&K)", None))
        self.titleLabel.setText(QCoreApplication.translate("ReportPropertiesDialog", u"\u6a19\u984c(&T)", None))
        self.titleAutoCheck.setText(QCoreApplication.translate("ReportPropertiesDialog", u"\u4f9d\u6a5f\u95dc\u3001\u55ae\u4f4d\u3001\u5e74\u5ea6\u8207\u985e\u578b\u81ea\u52d5\u7522\u751f", None))
        self.frontMatterLabel.setText(QCoreApplication.translate("ReportPropertiesDialog", u"\u524d\u8a00\u6bb5\u843d\uff08\u6bcf\u884c\u4e00\u6bb5\uff09(&F)", None))
        self.unitsLabel.setText(QCoreApplication.translate("ReportPropertiesDialog", u"\u4e3b\u8fa6\u55ae\u4f4d\u540d\u518a\uff08\u6bcf\u884c\u4e00\u500b\uff09(&U)", None))
    # retranslateUi

