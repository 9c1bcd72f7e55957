# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dimension_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DimensionEditor(object):
    def setupUi(self, DimensionEditor):
        if not DimensionEditor.objectName():
            DimensionEditor.setObjectName(u"DimensionEditor")
        DimensionEditor.resize(640, 700)
        self.mainLayout = QVBoxLayout(DimensionEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(DimensionEditor)
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

        self.nameLabel = QLabel(self.scrollAreaWidgetContents)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.scrollAreaWidgetContents)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.pointsLabel = QLabel(self.scrollAreaWidgetContents)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QSpinBox(self.scrollAreaWidgetContents)
        self.pointsSpin.setObjectName(u"pointsSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pointsSpin.sizePolicy().hasHeightForWidth())
        self.pointsSpin.setSizePolicy(sizePolicy)
        self.pointsSpin.setMinimum(-1)
        self.pointsSpin.setMaximum(10000)
        self.pointsSpin.setValue(-1)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pointsSpin)

        self.categoryLabel = QLabel(self.scrollAreaWidgetContents)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.scrollAreaWidgetContents)
        self.categoryCombo.addItem("")
        self.categoryCombo.addItem("")
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.headingTextLabel = QLabel(self.scrollAreaWidgetContents)
        self.headingTextLabel.setObjectName(u"headingTextLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.headingTextLabel)

        self.headingEdit = QLineEdit(self.scrollAreaWidgetContents)
        self.headingEdit.setObjectName(u"headingEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.headingEdit)

        self.noteLabel = QLabel(self.scrollAreaWidgetContents)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.scrollAreaWidgetContents)
        self.noteEdit.setObjectName(u"noteEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.noteEdit.sizePolicy().hasHeightForWidth())
        self.noteEdit.setSizePolicy(sizePolicy1)
        self.noteEdit.setMinimumSize(QSize(0, 60))
        self.noteEdit.setMaximumSize(QSize(16777215, 100))
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.contentsLayout.addLayout(self.formLayout)

        self.columnsGroup = QGroupBox(self.scrollAreaWidgetContents)
        self.columnsGroup.setObjectName(u"columnsGroup")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.columnsGroup.sizePolicy().hasHeightForWidth())
        self.columnsGroup.setSizePolicy(sizePolicy2)
        self.columnsLayout = QVBoxLayout(self.columnsGroup)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsTable = QTableWidget(self.columnsGroup)
        if (self.columnsTable.columnCount() < 2):
            self.columnsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setTabKeyNavigation(False)
        self.columnsTable.setMinimumSize(QSize(0, 160))
        self.columnsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.columnsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.columnsTable.horizontalHeader().setStretchLastSection(True)
        self.columnsTable.verticalHeader().setVisible(False)

        self.columnsLayout.addWidget(self.columnsTable)

        self.columnButtonsLayout = QHBoxLayout()
        self.columnButtonsLayout.setObjectName(u"columnButtonsLayout")
        self.addColumnButton = QPushButton(self.columnsGroup)
        self.addColumnButton.setObjectName(u"addColumnButton")

        self.columnButtonsLayout.addWidget(self.addColumnButton)

        self.removeColumnButton = QPushButton(self.columnsGroup)
        self.removeColumnButton.setObjectName(u"removeColumnButton")

        self.columnButtonsLayout.addWidget(self.removeColumnButton)

        self.columnUpButton = QPushButton(self.columnsGroup)
        self.columnUpButton.setObjectName(u"columnUpButton")

        self.columnButtonsLayout.addWidget(self.columnUpButton)

        self.columnDownButton = QPushButton(self.columnsGroup)
        self.columnDownButton.setObjectName(u"columnDownButton")

        self.columnButtonsLayout.addWidget(self.columnDownButton)

        self.columnButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.columnButtonsLayout.addItem(self.columnButtonsSpacer)


        self.columnsLayout.addLayout(self.columnButtonsLayout)


        self.contentsLayout.addWidget(self.columnsGroup)

        self.scrollArea.setWidget(self.scrollAreaWidgetContents)

        self.mainLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.labelEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.pointsLabel.setBuddy(self.pointsSpin)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.headingTextLabel.setBuddy(self.headingEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.pointsSpin)
        QWidget.setTabOrder(self.pointsSpin, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.headingEdit)
        QWidget.setTabOrder(self.headingEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.columnsTable)
        QWidget.setTabOrder(self.columnsTable, self.addColumnButton)
        QWidget.setTabOrder(self.addColumnButton, self.removeColumnButton)
        QWidget.setTabOrder(self.removeColumnButton, self.columnUpButton)
        QWidget.setTabOrder(self.columnUpButton, self.columnDownButton)

        self.retranslateUi(DimensionEditor)

        QMetaObject.connectSlotsByName(DimensionEditor)
    # setupUi

    def retranslateUi(self, DimensionEditor):
        DimensionEditor.setWindowTitle(QCoreApplication.translate("DimensionEditor", u"\u69cb\u9762", None))
        self.headingLabel.setText(QCoreApplication.translate("DimensionEditor", u"\u69cb\u9762", None))
        self.numberLabel.setText(QCoreApplication.translate("DimensionEditor", u"\u7de8\u865f(&N)", None))
        self.nameLabel.setText(QCoreApplication.translate("DimensionEditor", u"\u540d\u7a31(&A)", None))
        self.pointsLabel.setText(QCoreApplication.translate("DimensionEditor", u"\u914d\u5206(&G)", None))
        self.pointsSpin.setSpecialValueText(QCoreApplication.translate("DimensionEditor", u"\u672a\u914d\u5206", None))
        self.categoryLabel.setText(QCoreApplication.translate("DimensionEditor", u"\u985e\u5225(&C)", None))
        self.categoryCombo.setItemText(0, QCoreApplication.translate("DimensionEditor", u"\u4e00\u3001\u6574\u9ad4\u670d\u52d9\u985e", None))
        self.categoryCombo.setItemText(1, QCoreApplication.translate("DimensionEditor", u"\u4e8c\u3001\u5c08\u6848\u898f\u5283\u985e", None))

        self.headingTextLabel.setText(QCoreApplication.translate("DimensionEditor", u"\u6a19\u984c\u5217\uff08\u7559\u7a7a\u5247\u81ea\u52d5\u7522\u751f\uff09(&L)", None))
        self.noteLabel.setText(QCoreApplication.translate("DimensionEditor", u"\u8aaa\u660e(&D)", None))
        self.columnsGroup.setTitle(QCoreApplication.translate("DimensionEditor", u"\u8868\u683c\u6b04\u4f4d(&B)", None))
        ___qtablewidgetitem = self.columnsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DimensionEditor", u"\u5167\u5bb9", None));
        ___qtablewidgetitem1 = self.columnsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DimensionEditor", u"\u6b04\u4f4d\u6a19\u984c", None));
        self.addColumnButton.setText(QCoreApplication.translate("DimensionEditor", u"\u65b0\u589e\u6b04\u4f4d(&I)", None))
        self.removeColumnButton.setText(QCoreApplication.translate("DimensionEditor", u"\u79fb\u9664\u6b04\u4f4d(&J)", None))
        self.columnUpButton.setText(QCoreApplication.translate("DimensionEditor", u"\u6b04\u4f4d\u4e0a\u79fb(&K)", None))
        self.columnDownButton.setText(QCoreApplication.translate("DimensionEditor", u"\u6b04\u4f4d\u4e0b\u79fb(&O)", None))
    # retranslateUi

