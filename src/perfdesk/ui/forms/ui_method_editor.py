# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'method_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_MethodEditor(object):
    def setupUi(self, MethodEditor):
        if not MethodEditor.objectName():
            MethodEditor.setObjectName(u"MethodEditor")
        MethodEditor.resize(640, 900)
        self.mainLayout = QVBoxLayout(MethodEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(MethodEditor)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollAreaWidgetContents = QWidget()
        self.scrollAreaWidgetContents.setObjectName(u"scrollAreaWidgetContents")
        self.contentsLayout = QVBoxLayout(self.scrollAreaWidgetContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.headingLabel = QLabel(self.scrollAreaWidgetContents)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setBold(True)
        self.headingLabel.setFont(font)

        self.contentsLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(self.scrollAreaWidgetContents)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.labelEdit = QLineEdit(self.scrollAreaWidgetContents)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaximumSize(QSize(120, 16777215))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.titleLabel = QLabel(self.scrollAreaWidgetContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QPlainTextEdit(self.scrollAreaWidgetContents)
        self.titleEdit.setObjectName(u"titleEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleEdit.sizePolicy().hasHeightForWidth())
        self.titleEdit.setSizePolicy(sizePolicy)
        self.titleEdit.setMinimumSize(QSize(0, 40))
        self.titleEdit.setMaximumSize(QSize(16777215, 60))
        self.titleEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(self.scrollAreaWidgetContents)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionLayout = QVBoxLayout()
        self.descriptionLayout.setSpacing(2)
        self.descriptionLayout.setObjectName(u"descriptionLayout")
        self.descriptionEdit = QPlainTextEdit(self.scrollAreaWidgetContents)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.descriptionEdit.sizePolicy().hasHeightForWidth())
        self.descriptionEdit.setSizePolicy(sizePolicy1)
        self.descriptionEdit.setMinimumSize(QSize(0, 90))
        self.descriptionEdit.setTabChangesFocus(True)

        self.descriptionLayout.addWidget(self.descriptionEdit)

        self.descriptionCount = QLabel(self.scrollAreaWidgetContents)
        self.descriptionCount.setObjectName(u"descriptionCount")

        self.descriptionLayout.addWidget(self.descriptionCount)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.descriptionLayout)

        self.unitsLabel = QLabel(self.scrollAreaWidgetContents)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.unitsLayout = QVBoxLayout()
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsList = QListWidget(self.scrollAreaWidgetContents)
        self.unitsList.setObjectName(u"unitsList")
        self.unitsList.setMinimumSize(QSize(0, 80))
        self.unitsList.setMaximumSize(QSize(16777215, 150))

        self.unitsLayout.addWidget(self.unitsList)

        self.addUnitLayout = QHBoxLayout()
        self.addUnitLayout.setObjectName(u"addUnitLayout")
        self.addUnitEdit = QLineEdit(self.scrollAreaWidgetContents)
        self.addUnitEdit.setObjectName(u"addUnitEdit")

        self.addUnitLayout.addWidget(self.addUnitEdit)

        self.addUnitButton = QPushButton(self.scrollAreaWidgetContents)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.addUnitLayout.addWidget(self.addUnitButton)


        self.unitsLayout.addLayout(self.addUnitLayout)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.unitsLayout)

        self.practiceLabel = QLabel(self.scrollAreaWidgetContents)
        self.practiceLabel.setObjectName(u"practiceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.practiceLabel)

        self.practiceLayout = QVBoxLayout()
        self.practiceLayout.setSpacing(2)
        self.practiceLayout.setObjectName(u"practiceLayout")
        self.practiceEdit = QPlainTextEdit(self.scrollAreaWidgetContents)
        self.practiceEdit.setObjectName(u"practiceEdit")
        sizePolicy1.setHeightForWidth(self.practiceEdit.sizePolicy().hasHeightForWidth())
        self.practiceEdit.setSizePolicy(sizePolicy1)
        self.practiceEdit.setMinimumSize(QSize(0, 100))
        self.practiceEdit.setTabChangesFocus(True)

        self.practiceLayout.addWidget(self.practiceEdit)

        self.practiceCount = QLabel(self.scrollAreaWidgetContents)
        self.practiceCount.setObjectName(u"practiceCount")

        self.practiceLayout.addWidget(self.practiceCount)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.practiceLayout)

        self.resultsLabel = QLabel(self.scrollAreaWidgetContents)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.resultsLabel)

        self.resultsLayout = QVBoxLayout()
        self.resultsLayout.setSpacing(2)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsEdit = QPlainTextEdit(self.scrollAreaWidgetContents)
        self.resultsEdit.setObjectName(u"resultsEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(3)
        sizePolicy2.setHeightForWidth(self.resultsEdit.sizePolicy().hasHeightForWidth())
        self.resultsEdit.setSizePolicy(sizePolicy2)
        self.resultsEdit.setMinimumSize(QSize(0, 180))
        self.resultsEdit.setTabChangesFocus(True)

        self.resultsLayout.addWidget(self.resultsEdit)

        self.resultsCount = QLabel(self.scrollAreaWidgetContents)
        self.resultsCount.setObjectName(u"resultsCount")

        self.resultsLayout.addWidget(self.resultsCount)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.resultsLayout)

        self.criteriaLabel = QLabel(self.scrollAreaWidgetContents)
        self.criteriaLabel.setObjectName(u"criteriaLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.criteriaLabel)

        self.criteriaLayout = QVBoxLayout()
        self.criteriaLayout.setSpacing(2)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaEdit = QPlainTextEdit(self.scrollAreaWidgetContents)
        self.criteriaEdit.setObjectName(u"criteriaEdit")
        sizePolicy1.setHeightForWidth(self.criteriaEdit.sizePolicy().hasHeightForWidth())
        self.criteriaEdit.setSizePolicy(sizePolicy1)
        self.criteriaEdit.setMinimumSize(QSize(0, 80))
        self.criteriaEdit.setTabChangesFocus(True)

        self.criteriaLayout.addWidget(self.criteriaEdit)

        self.criteriaCount = QLabel(self.scrollAreaWidgetContents)
        self.criteriaCount.setObjectName(u"criteriaCount")

        self.criteriaLayout.addWidget(self.criteriaCount)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.criteriaLayout)

        self.pointsLabel = QLabel(self.scrollAreaWidgetContents)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QSpinBox(self.scrollAreaWidgetContents)
        self.pointsSpin.setObjectName(u"pointsSpin")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.pointsSpin.sizePolicy().hasHeightForWidth())
        self.pointsSpin.setSizePolicy(sizePolicy3)
        self.pointsSpin.setMinimum(-1)
        self.pointsSpin.setMaximum(10000)
        self.pointsSpin.setValue(-1)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.pointsSpin)

        self.commentLabel = QLabel(self.scrollAreaWidgetContents)
        self.commentLabel.setObjectName(u"commentLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentLayout = QVBoxLayout()
        self.commentLayout.setSpacing(2)
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentEdit = QPlainTextEdit(self.scrollAreaWidgetContents)
        self.commentEdit.setObjectName(u"commentEdit")
        sizePolicy1.setHeightForWidth(self.commentEdit.sizePolicy().hasHeightForWidth())
        self.commentEdit.setSizePolicy(sizePolicy1)
        self.commentEdit.setMinimumSize(QSize(0, 70))
        self.commentEdit.setTabChangesFocus(True)

        self.commentLayout.addWidget(self.commentEdit)

        self.commentCount = QLabel(self.scrollAreaWidgetContents)
        self.commentCount.setObjectName(u"commentCount")

        self.commentLayout.addWidget(self.commentCount)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.commentLayout)

        self.needsReviewCheck = QCheckBox(self.scrollAreaWidgetContents)
        self.needsReviewCheck.setObjectName(u"needsReviewCheck")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.needsReviewCheck)


        self.contentsLayout.addLayout(self.formLayout)

        self.scrollArea.setWidget(self.scrollAreaWidgetContents)

        self.mainLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.labelEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.unitsLabel.setBuddy(self.unitsList)
        self.practiceLabel.setBuddy(self.practiceEdit)
        self.resultsLabel.setBuddy(self.resultsEdit)
        self.criteriaLabel.setBuddy(self.criteriaEdit)
        self.pointsLabel.setBuddy(self.pointsSpin)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.unitsList)
        QWidget.setTabOrder(self.unitsList, self.addUnitEdit)
        QWidget.setTabOrder(self.addUnitEdit, self.addUnitButton)
        QWidget.setTabOrder(self.addUnitButton, self.practiceEdit)
        QWidget.setTabOrder(self.practiceEdit, self.resultsEdit)
        QWidget.setTabOrder(self.resultsEdit, self.criteriaEdit)
        QWidget.setTabOrder(self.criteriaEdit, self.pointsSpin)
        QWidget.setTabOrder(self.pointsSpin, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.needsReviewCheck)

        self.retranslateUi(MethodEditor)

        QMetaObject.connectSlotsByName(MethodEditor)
    # setupUi

    def retranslateUi(self, MethodEditor):
        MethodEditor.setWindowTitle(QCoreApplication.translate("MethodEditor", u"\u57f7\u884c\u65b9\u6cd5", None))
        self.headingLabel.setText(QCoreApplication.translate("MethodEditor", u"\u57f7\u884c\u65b9\u6cd5", None))
        self.numberLabel.setText(QCoreApplication.translate("MethodEditor", u"\u7de8\u865f(&N)", None))
        self.titleLabel.setText(QCoreApplication.translate("MethodEditor", u"\u6a19\u984c(&T)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("MethodEditor", u"\u8aaa\u660e(&D)", None))
        self.descriptionCount.setText(QCoreApplication.translate("MethodEditor", u"0 \u5b57", None))
        self.unitsLabel.setText(QCoreApplication.translate("MethodEditor", u"\u4e3b\u8fa6\u55ae\u4f4d(&U)", None))
        self.addUnitEdit.setPlaceholderText(QCoreApplication.translate("MethodEditor", u"\u65b0\u589e\u55ae\u4f4d\u540d\u7a31", None))
        self.addUnitButton.setText(QCoreApplication.translate("MethodEditor", u"\u65b0\u589e\u55ae\u4f4d", None))
        self.practiceLabel.setText(QCoreApplication.translate("MethodEditor", u"\u5177\u9ad4\u4f5c\u6cd5(&P)", None))
        self.practiceCount.setText(QCoreApplication.translate("MethodEditor", u"0 \u5b57", None))
        self.resultsLabel.setText(QCoreApplication.translate("MethodEditor", u"\u57f7\u884c\u7e3e\u6548\u8207\u6210\u679c(&R)", None))
        self.resultsCount.setText(QCoreApplication.translate("MethodEditor", u"0 \u5b57", None))
        self.criteriaLabel.setText(QCoreApplication.translate("MethodEditor", u"\u8a55\u6838\u91cd\u9ede(&C)", None))
        self.criteriaCount.setText(QCoreApplication.translate("MethodEditor", u"0 \u5b57", None))
        self.pointsLabel.setText(QCoreApplication.translate("MethodEditor", u"\u914d\u5206(&G)", None))
        self.pointsSpin.setSpecialValueText(QCoreApplication.translate("MethodEditor", u"\u672a\u914d\u5206", None))
        self.commentLabel.setText(QCoreApplication.translate("MethodEditor", u"\u5167\u90e8\u5099\u8a3b\uff08\u4e0d\u5217\u5370\uff09(&M)", None))
        self.commentCount.setText(QCoreApplication.translate("MethodEditor", u"0 \u5b57", None))
        self.needsReviewCheck.setText(QCoreApplication.translate("MethodEditor", u"\u5f85\u6aa2\u8996\uff08\u7531\u53bb\u5e74\u5e36\u5165\uff0c\u5c1a\u672a\u78ba\u8a8d\uff09", None))
    # retranslateUi

