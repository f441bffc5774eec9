from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'c4.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_link = resolve('link')
    l_0_diagrams = resolve('diagrams')
    l_0_sdd = l_0_diagrammed = l_0_performance = l_0_scale = l_0_reliability = l_0_internal = l_0_outside = missing
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_6 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'c4.md.j2').make_module(context.get_all(), True, {'diagrammed': l_0_diagrammed, 'internal': l_0_internal, 'outside': l_0_outside, 'performance': l_0_performance, 'reliability': l_0_reliability, 'scale': l_0_scale, 'sdd': l_0_sdd})
    context.exported_vars.discard('sdd')
    yield '---\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'properties')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'sources')))
    yield '\n---\n\n# '
    yield str(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system'), 'name'))
    yield ' — System design (C4)\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'generated_notice')))
    yield '\n\n## Metadata\n- **System**: '
    yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'):
        pass
        yield ', status '
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'))
    yield '\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner'):
        pass
        yield '- **Owner**: '
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner'))
        yield '\n'
    yield '- **Related PRDs**: '
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), attribute='ref'), False, 'none yet'))
    yield '\n- **Related ADRs**: '
    yield str(t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions')))
    yield ' (see Key design decisions and the changelog)\n\n## Executive summary\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'):
        pass
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'))
        yield ' ('
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
        yield str((', its first paragraph' if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'described_in_text') else cond_expr_undefined("the inline if-expression on line 28 in 'c4.md.j2' evaluated to false and no else section was defined.")))
        yield ')\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_description')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'problem', 'Problem'))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'requirements', 'Requirements'))
    yield '\n'
    if (not environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds')):
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd')))
        yield '\n'
    yield '\n## 1. Context (C4 level 1)\n\n### System context diagram\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context'), context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_context_links'))))
    yield '\n\n### Actors and external systems\n'
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'neighbours_table')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_context_links')))
        yield '\n'
    yield '\n## 2. Containers (C4 level 2)\n\n### Container diagram\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers'), context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components'))))
    yield '\n\n### Container descriptions\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield '| Container | Kind | Technology | Owner |\n|---|---|---|---|\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'kind')))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'owner')))
            yield ' |\n'
        l_1_c = missing
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'shared_components')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n## 3. Components (C4 level 3)\n\n### Component diagram\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'components'), context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'component interactions', 'No link of this system says more than that one component depends on another: add `publishes:`, `consumes:`, `reads:`, `writes:` or `calls:` to the component notes, or `protocol:` to a link.')))
    yield '\n\n### Component responsibilities\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield '| Component | Responsibility | Depends on | Depended on by |\n|---|---|---|---|\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'description')))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'depends_on'), True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'depending_on'), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), True, _loop_vars=_loop_vars))
            yield ' |\n'
        l_1_c = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n## 4. Key design decisions\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_areas')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'options_table')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_decisions')))
        yield '\n'
    yield '\n## 5. API design\n\n### Endpoints overview\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'api', 'API', 'endpoints'))
    yield '\n\n### Request and response examples\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'api-examples', 'API examples', 'request and response examples'))
    yield '\n\n### API versioning strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'api-versioning', 'API versioning', 'API versioning strategy'))
    yield '\n\n## 6. Data model\n\n### Entity relationship diagram\n'
    l_0_diagrammed = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about_with'), 'data-model', 'erDiagram')
    context.vars['diagrammed'] = l_0_diagrammed
    context.exported_vars.add('diagrammed')
    if (undefined(name='diagrammed') if l_0_diagrammed is missing else l_0_diagrammed):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), (undefined(name='diagrammed') if l_0_diagrammed is missing else l_0_diagrammed)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'entity relationship diagram', str_join(('Add a Mermaid `erDiagram` to a `## Data model` section of the component notes that hold the data', (str_join((' (for example ', context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'data_components'), 0), 'ref')), ')', )) if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'data_components') else ''), '.', ))))
        yield '\n'
    yield '\n### Key entities\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_stores')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), t_3(context.eval_ctx, t_5(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'data-model'), 'in', (undefined(name='diagrammed') if l_0_diagrammed is missing else l_0_diagrammed)))))
    yield '\n\n### Data migration strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'migration', 'Migration', 'data migration strategy'))
    yield '\n\n## 7. Security architecture\n\n### Authentication and authorization\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'authentication')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'authorization')))
    yield '\n\n### Data protection\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_protection'), with_sections=False))
    yield '\n\n### Security considerations\n'
    if (context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'security') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'compliance')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'security')))
        yield '\n'
        if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'compliance'):
            pass
            yield '\n**Compliance**\n'
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance')))
            yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_component_section'), 'Security', 'security considerations'))
        yield '\n'
    yield '\n## 8. Non-functional requirements\n\n### Performance\n'
    l_0_performance = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms', 'throughput_rps')
    context.vars['performance'] = l_0_performance
    context.exported_vars.add('performance')
    if (undefined(name='performance') if l_0_performance is missing else l_0_performance):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), (undefined(name='performance') if l_0_performance is missing else l_0_performance)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_performance')))
        yield '\n'
    yield '\n### Scalability\n'
    l_0_scale = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'users')
    context.vars['scale'] = l_0_scale
    context.exported_vars.add('scale')
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_list'), (undefined(name='scale') if l_0_scale is missing else l_0_scale)))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'fan_in')))
    yield '\n\n### Availability and reliability\n'
    l_0_reliability = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'availability', 'rpo_minutes', 'rto_minutes')
    context.vars['reliability'] = l_0_reliability
    context.exported_vars.add('reliability')
    if (undefined(name='reliability') if l_0_reliability is missing else l_0_reliability):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), (undefined(name='reliability') if l_0_reliability is missing else l_0_reliability)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_availability')))
        yield '\n'
    yield '\n### Observability\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'observability', ['monitoring', 'metrics', 'logging', 'tracing', 'alerting']))
    yield '\n\n## 9. Infrastructure\n\n### Deployment architecture\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'deployment architecture', ['cloud', 'container-orchestration', 'load-balancer', 'deployment']))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'operations')))
    yield '\n\n### Environment configuration\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'environments', 'Environments', 'environment configuration'))
    yield '\n\n### CI/CD pipeline\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'CI/CD pipeline', ['ci-cd', 'ci', 'cd', 'build-pipeline']))
    yield '\n\n## 10. Dependencies\n\n### Internal dependencies\n'
    l_0_internal = t_3(context.eval_ctx, t_6(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours'), 'external'))
    context.vars['internal'] = l_0_internal
    context.exported_vars.add('internal')
    if (undefined(name='internal') if l_0_internal is missing else l_0_internal):
        pass
        l_1_loop = missing
        for l_1_n, l_1_loop in LoopContext((undefined(name='internal') if l_0_internal is missing else l_0_internal), undefined):
            _loop_vars = {}
            pass
            yield '- '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_n, 'ref'), _loop_vars=_loop_vars))
            yield ': '
            l_2_loop = missing
            for l_2_d, l_2_loop in LoopContext(environment.getattr(l_1_n, 'via'), undefined):
                _loop_vars = {}
                pass
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_d, 'source'), _loop_vars=_loop_vars))
                yield ' '
                yield str(environment.getattr(l_2_d, 'verb'))
                yield ' '
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_d, 'target'), _loop_vars=_loop_vars))
                yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'link_details'), l_2_d, _loop_vars=_loop_vars))
                yield str(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 187 in 'c4.md.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_d = missing
            yield '\n'
        l_1_loop = l_1_n = missing
    else:
        pass
        yield 'No component links this system to another system.\n'
    yield '\n### External dependencies\n'
    l_0_outside = t_3(context.eval_ctx, t_7(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours'), 'external'))
    context.vars['outside'] = l_0_outside
    context.exported_vars.add('outside')
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals') or (undefined(name='outside') if l_0_outside is missing else l_0_outside)):
        pass
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
            yield ' (external)'
            if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'depending_on'), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars):
                pass
                yield ', used by '
                yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'depending_on'), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), _loop_vars=_loop_vars))
            yield '\n'
        l_1_c = missing
        for l_1_n in (undefined(name='outside') if l_0_outside is missing else l_0_outside):
            _loop_vars = {}
            pass
            yield '- '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_n, 'ref'), _loop_vars=_loop_vars))
            yield ' (outside every system)\n'
        l_1_n = missing
    else:
        pass
        yield 'No external component: add one with `kind: external` when the system relies on a service it does not run.\n'
    yield '\n### Dependency diagram\n'
    if environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context'):
        pass
        yield 'The dependencies are drawn in the [[#System context diagram]] above.\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_context_links')))
        yield '\n'
    yield '\n## 11. Risks and mitigations\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n## 12. Implementation phases\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'milestones', 'Milestones', 'implementation phases', 'prd'))
    yield '\n\n## 13. Open questions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'open_questions')))
    yield '\n\n## Appendix\n\n### Glossary\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'glossary')))
    yield '\n\n### References\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'references')))
    yield '\n\n## Approval\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'approval', 'Approval', 'approval', 'system'))
    yield '\n\n## Changelog\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'changelog')))
    yield '\n\n## Vault gaps\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'vault_gaps')))
    yield '\n'

blocks = {}
debug_info = '7=57&9=60&10=62&13=64&15=66&18=68&20=74&21=77&23=80&24=82&27=84&28=86&30=93&32=95&33=97&34=99&35=101&37=104&43=107&46=109&47=111&49=115&55=118&58=120&61=123&62=127&64=136&66=140&72=143&75=145&78=148&79=152&82=163&86=166&87=168&88=170&90=174&96=177&99=179&102=181&107=183&108=186&109=188&111=192&115=195&116=197&119=199&124=201&125=203&128=205&131=207&132=209&133=211&136=214&139=218&145=221&146=224&147=226&149=230&153=233&154=236&155=238&156=240&159=242&160=245&161=247&163=251&167=254&172=256&173=258&176=260&179=262&184=264&185=267&186=270&187=274&195=294&196=297&197=299&198=303&201=311&202=315&209=322&212=327&216=330&219=332&222=334&227=336&230=338&233=340&236=342&239=344'