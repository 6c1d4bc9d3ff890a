import { graphql } from '../../../generated';

/** What the template editor reads and what a save answers. */
export const REPORT_TEMPLATE_FIELDS = graphql(`
  fragment ReportTemplateFields on ReportTemplateView {
    version
    isDefault
    updatedAt
    sections {
      key
      level
      title
      body
      defaultTitle
      defaultBody
    }
    placeholders {
      name
      kind
      zh
      en
      formats
    }
  }
`);

/** The county's template of the annual report, with the placeholders it may use. */
export const REPORT_TEMPLATE = graphql(`
  query ReportTemplate {
    reportTemplate {
      ...ReportTemplateFields
    }
  }
`);

export const SAVE_REPORT_TEMPLATE = graphql(`
  mutation SaveReportTemplate($sections: [ReportSectionInput!]!, $version: Int!) {
    saveReportTemplate(sections: $sections, version: $version) {
      ...ReportTemplateFields
    }
  }
`);

/** The units whose forms the viewer may export (the server scopes them). */
export const EXPORT_UNITS = graphql(`
  query ExportUnits($first: Int, $after: String) {
    units(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);
