# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'strategy_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_StrategyEditor(object):
    def setupUi(self, StrategyEditor):
        if not StrategyEditor.objectName():
            StrategyEditor.setObjectName(u"StrategyEditor")
        StrategyEditor.resize(640, 400)
        self.mainLayout = QVBoxLayout(StrategyEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(StrategyEditor)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setBold(True)
        self.headingLabel.setFont(font)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(StrategyEditor)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.labelEdit = QLineEdit(StrategyEditor)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaximumSize(QSize(120, 16777215))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.titleLabel = QLabel(StrategyEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QPlainTextEdit(StrategyEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleEdit.sizePolicy().hasHeightForWidth())
        self.titleEdit.setSizePolicy(sizePolicy)
        self.titleEdit.setMinimumSize(QSize(0, 50))
        self.titleEdit.setMaximumSize(QSize(16777215, 80))
        self.titleEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.pointsLabel = QLabel(StrategyEditor)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QSpinBox(StrategyEditor)
        self.pointsSpin.setObjectName(u"pointsSpin")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.pointsSpin.sizePolicy().hasHeightForWidth())
        self.pointsSpin.setSizePolicy(sizePolicy1)
        self.pointsSpin.setMinimum(-1)
        self.pointsSpin.setMaximum(10000)
        self.pointsSpin.setValue(-1)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pointsSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.labelEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.pointsLabel.setBuddy(self.pointsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.pointsSpin)

        self.retranslateUi(StrategyEditor)

        QMetaObject.connectSlotsByName(StrategyEditor)
    # setupUi

    def retranslateUi(self, StrategyEditor):
        StrategyEditor.setWindowTitle(QCoreApplication.translate("StrategyEditor", u"\u57f7\u884c\u7b56\u7565", None))
        self.headingLabel.setText(QCoreApplication.translate("StrategyEditor", u"\u57f7\u884c\u7b56\u7565", None))
        self.numberLabel.setText(QCoreApplication.translate("StrategyEditor", u"\u7de8\u865f(&N)", None))
        self.titleLabel.setText(QCoreApplication.translate("StrategyEditor", u"\u6a19\u984c(&T)", None))
        self.pointsLabel.setText(QCoreApplication.translate("StrategyEditor", u"\u914d\u5206(&G)", None))
        self.pointsSpin.setSpecialValueText(QCoreApplication.translate("StrategyEditor", u"\u672a\u914d\u5206", None))
    # retranslateUi

