"""Exporters: GraphML, HTML view and report (only the HTML exporter knows pyvis)."""
