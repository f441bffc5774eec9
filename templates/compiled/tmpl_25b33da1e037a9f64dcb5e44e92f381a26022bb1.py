from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'standard.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_link = resolve('link')
    l_0_diagrams = resolve('diagrams')
    l_0_sdd = l_0_performance = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'standard.md.j2').make_module(context.get_all(), True, {'performance': l_0_performance, 'sdd': l_0_sdd})
    context.exported_vars.discard('sdd')
    yield '---\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'properties')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'sources')))
    yield '\n---\n\n# '
    yield str(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system'), 'name'))
    yield ' — Software Design Document\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'generated_notice')))
    yield '\n\n## 1. Overview\n\n### Purpose and scope\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'):
        pass
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'))
        yield ' ('
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
        yield ')\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_description')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'problem', 'Problem'))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'goals', 'Goals'))
    yield '\n'
    if (not environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds')):
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd')))
        yield '\n'
    yield '\n### Stakeholders\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner'):
        pass
        yield '- **Owner**: '
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner'))
        yield ' ('
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
        yield ')\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'stakeholders'):
        pass
        yield '- **People named in the design**: '
        yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'stakeholders'), ', '))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_stakeholders')))
        yield '\n'
    yield '\n### Key requirements\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_nfr')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'requirements', 'Requirements'))
    yield '\n\n## 2. System architecture\n\n### High-level design\n'
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours')):
        pass
        yield 'The system in its context (C4 level 1):\n\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context')))
        yield '\n\nIts components (C4 level 2):\n\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Components\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'component_table')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'shared_components')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Data architecture\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_stores')))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'recovery')))
    yield '\n\n## 3. Technology stack\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'tech_table'), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_technologies')))
        yield '\n'
    yield '\n## 4. Architectural decisions\n\n### Decisions required\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'checklist')))
    yield '\n\n### Decision log\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_log')))
    yield '\n\n## 5. Performance and scalability\n'
    l_0_performance = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_except'), 'rpo_minutes', 'rto_minutes')
    context.vars['performance'] = l_0_performance
    context.exported_vars.add('performance')
    if (undefined(name='performance') if l_0_performance is missing else l_0_performance):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_list'), (undefined(name='performance') if l_0_performance is missing else l_0_performance)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_performance')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'success_metrics', 'Success metrics'))
    yield '\n\n## 6. Security and compliance\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance_list')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_flows')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'security')))
    yield '\n\n## 7. Dependencies\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'dependency_list')))
    yield '\n\n## 8. Risks and open questions\n\n### Risks\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n### Open questions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'open_questions')))
    yield '\n'

blocks = {}
debug_info = '6=21&8=24&9=26&12=28&14=30&19=32&20=34&22=40&24=42&25=44&26=46&28=49&32=52&33=55&35=59&36=62&38=66&42=69&43=71&45=75&47=77&52=79&55=82&59=84&61=88&65=91&66=93&67=95&69=99&73=102&75=104&78=106&79=108&81=112&87=115&90=117&93=119&94=122&95=124&97=128&99=130&102=132&103=134&104=136&107=138&112=140&115=142'